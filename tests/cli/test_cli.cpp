// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// test_cli: the entry point; the cases are in test_cli_*.cpp by feature, the helpers in test_cli.h.
#include "test_cli.h"

QTEST_GUILESS_MAIN(TestCli)
