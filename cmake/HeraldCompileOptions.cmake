# SPDX-FileCopyrightText: 2026 The Herald authors
# SPDX-License-Identifier: GPL-3.0-or-later
# One interface target carries the flags every Herald target shares, so a layer's CMakeLists stays about its sources.
add_library(herald_compile_options INTERFACE)
target_compile_features(herald_compile_options INTERFACE cxx_std_20)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(herald_compile_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
    if(HERALD_WERROR)
        target_compile_options(herald_compile_options INTERFACE -Werror)
    endif()
    # Hardening, as Debian builds its packages (dpkg-buildflags): checked buffer functions, a stack protector, and
    # a read-only relocation table resolved at start. Not with the sanitizers (they replace these checks).
    if(NOT HERALD_SANITIZE AND NOT HERALD_FUZZ)
        target_compile_options(herald_compile_options INTERFACE -fstack-protector-strong
            "$<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2>")
        target_link_options(herald_compile_options INTERFACE -Wl,-z,relro -Wl,-z,now)
    endif()
    if(HERALD_SANITIZE)
        target_compile_options(herald_compile_options INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(herald_compile_options INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(herald_compile_options INTERFACE /W4 /permissive- /utf-8)
    if(HERALD_WERROR)
        target_compile_options(herald_compile_options INTERFACE /WX)
    endif()
endif()
target_compile_definitions(herald_compile_options INTERFACE HERALD_VERSION="${PROJECT_VERSION}")
