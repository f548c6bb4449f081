# Fails when a C++ source of the project is not formatted as .clang-format says. Run by the
# ctest FormatCheck: cmake -DCLANG_FORMAT=… -DSOURCE_DIR=<source> -P CheckFormat.cmake
set(sources "")
foreach(folder app ui models engine tests)
    file(GLOB_RECURSE found "${SOURCE_DIR}/${folder}/*.cpp" "${SOURCE_DIR}/${folder}/*.h")
    list(APPEND sources ${found})
endforeach()
list(LENGTH sources count)
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run -Werror ${sources}
                RESULT_VARIABLE result ERROR_VARIABLE findings OUTPUT_QUIET)
if(NOT result EQUAL 0)
    string(REGEX MATCHALL "[^\n]*: error: code should be clang-formatted" files "${findings}")
    list(REMOVE_DUPLICATES files)
    string(REPLACE ";" "\n" files "${files}")
    message(FATAL_ERROR "Not formatted as .clang-format says:\n${files}\n"
                        "Run `clang-format -i FILE` on each and commit.")
endif()
message(STATUS "${count} sources are clang-formatted.")
