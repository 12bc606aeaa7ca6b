# SPDX-FileCopyrightText: 2026 The Herald authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Build-time script: a program's man page from its --help and --version (help2man), with the static sections of
# packaging/man/PROGRAM.h2m and, for herald-cli, each command's own --help as a COMMANDS section; gzipped -9n
# as Debian installs man pages.
#   cmake -DPROGRAM=path -DNAME=herald-cli -DINCLUDE=file.h2m -DSUBCOMMANDS=ON -DOUTPUT=herald-cli.1.gz
#         -DWORK_DIR=dir -P ManPage.cmake
foreach(var PROGRAM NAME INCLUDE OUTPUT WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "ManPage.cmake: -D${var}= is required")
    endif()
endforeach()
find_program(HELP2MAN help2man REQUIRED)
find_program(GZIP gzip REQUIRED)
file(MAKE_DIRECTORY ${WORK_DIR})
get_filename_component(program_dir ${PROGRAM} DIRECTORY)
# The program runs as its installed name (help2man shows argv[0]), with no display and no user data touched.
set(ENV{PATH} "${program_dir}:$ENV{PATH}")
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{HERALD_DATA_DIR} "${WORK_DIR}/no-data")
set(ENV{XDG_RUNTIME_DIR} "${WORK_DIR}")
set(ENV{LANG} C.UTF-8)
set(ENV{LC_ALL} C.UTF-8)

set(includes --include ${INCLUDE})
if(SUBCOMMANDS)
    execute_process(COMMAND ${NAME} --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${NAME} --help failed (${rc})")
    endif()
    # The "Commands:" block of the help: "  name   description" lines up to the next blank line.
    string(REGEX MATCH "Commands:\n(([ ]+[a-z-]+[ ]+[^\n]*\n)+)" block "${help}")
    string(REGEX MATCHALL "\n  ([a-z-]+) " names "\n${CMAKE_MATCH_1}")
    set(section "[COMMANDS]\nEach command explains itself with\n.B ${NAME} COMMAND --help\n(the text below).\n")
    foreach(line IN LISTS names)
        string(STRIP "${line}" command)
        execute_process(COMMAND ${NAME} ${command} --help OUTPUT_VARIABLE text RESULT_VARIABLE rc)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "${NAME} ${command} --help failed (${rc})")
        endif()
        # roff: a backslash is \e; a line starting with . or ' would be a request.
        string(REPLACE "\\" "\\e" text "${text}")
        string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
        string(APPEND section ".SS ${command}\n.nf\n${text}.fi\n")
    endforeach()
    file(WRITE ${WORK_DIR}/${NAME}-commands.h2m "${section}")
    list(APPEND includes --include ${WORK_DIR}/${NAME}-commands.h2m)
endif()

execute_process(COMMAND ${HELP2MAN} --no-info ${includes} --output ${WORK_DIR}/${NAME}.1 ${NAME}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "help2man ${NAME} failed (${rc})")
endif()
execute_process(COMMAND ${GZIP} -9nf ${WORK_DIR}/${NAME}.1 RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gzip ${WORK_DIR}/${NAME}.1 failed (${rc})")
endif()
file(RENAME ${WORK_DIR}/${NAME}.1.gz ${OUTPUT})
