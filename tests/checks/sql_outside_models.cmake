# SPDX-FileCopyrightText: 2026 The Herald authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when SQL text appears outside models/: only the store modules, the migrations and the analytics compiler
# speak SQL; sync/, ui/, app/, tools/ and bench/ call intent-named store functions (docs/ARCHITECTURE.md, "Store v2").
#   cmake -DROOT=<source dir> -P sql_outside_models.cmake
set(pattern "\"[ ]*(SELECT|INSERT( OR [A-Z]+)? INTO|UPDATE [a-z_]+ SET|DELETE FROM|CREATE (UNIQUE )?(TABLE|INDEX|VIEW|TRIGGER)|DROP (TABLE|INDEX)|ALTER TABLE|PRAGMA [a-z_]+[ ]*(=|;|\\(|\")|BEGIN( IMMEDIATE)?[ ]*;|WITH RECURSIVE)[ \"(]")
set(fragments "\"[^\"]*[ ](FROM|JOIN) [a-z_]+ (WHERE|ON|GROUP|ORDER|LIMIT)[ \"]")
set(found "")
foreach(layer app sync ui tools bench)
    file(GLOB_RECURSE sources "${ROOT}/${layer}/*.cpp" "${ROOT}/${layer}/*.h")
    foreach(source IN LISTS sources)
        file(STRINGS "${source}" lines)
        set(number 0)
        foreach(line IN LISTS lines)
            math(EXPR number "${number} + 1")
            if(line MATCHES "${pattern}" OR line MATCHES "${fragments}")
                file(RELATIVE_PATH relative "${ROOT}" "${source}")
                string(STRIP "${line}" line)
                string(APPEND found "  ${relative}:${number}: ${line}\n")
            endif()
        endforeach()
    endforeach()
endforeach()
if(found)
    message(FATAL_ERROR "SQL outside models/ (move it into a store module with an intent-revealing name):\n${found}")
endif()
message(STATUS "no SQL outside models/")
