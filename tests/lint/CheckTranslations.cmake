# Fails when the committed translations are not up to date: runs lupdate, as the
# update_translations target would, on copies of translations/*.ts and looks at what it left.
# German must have no unfinished, vanished or obsolete entry; English (which only supplies the
# plural forms) no unfinished plural. Run by the ctest TranslationsCheck:
#   cmake -DLUPDATE=… -DGENERATOR=…/GenerateLUpdateProject.cmake -DPROJECT_IN=…/pgvault_models_project.cmake
#         -DTS_DIR=<source>/translations -DWORK_DIR=<build>/translations-check -P CheckTranslations.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(COPY "${TS_DIR}/pgvault_de.ts" "${TS_DIR}/pgvault_en.ts" DESTINATION "${WORK_DIR}")

# The project qt_add_translations wrote at configure time, pointed at the copies.
file(READ "${PROJECT_IN}" project)
string(APPEND project "\nset(lupdate_translations \"${WORK_DIR}/pgvault_de.ts;${WORK_DIR}/pgvault_en.ts\")\n")
file(WRITE "${WORK_DIR}/project.cmake" "${project}")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${WORK_DIR}/project.cmake -DOUT_FILE=${WORK_DIR}/project.json
                        -P "${GENERATOR}" RESULT_VARIABLE generated)
if(NOT generated EQUAL 0)
    message(FATAL_ERROR "Could not write the lupdate project file.")
endif()
execute_process(COMMAND "${LUPDATE}" -project "${WORK_DIR}/project.json" RESULT_VARIABLE updated
                OUTPUT_VARIABLE lupdate_output ERROR_VARIABLE lupdate_output)
if(NOT updated EQUAL 0)
    message(FATAL_ERROR "lupdate failed:\n${lupdate_output}")
endif()

set(problems "")
file(STRINGS "${WORK_DIR}/pgvault_de.ts" german REGEX "type=\"(unfinished|vanished|obsolete)\"")
list(LENGTH german german_count)
if(german_count GREATER 0)
    string(APPEND problems "translations/pgvault_de.ts: ${german_count} entries lupdate leaves unfinished, vanished or obsolete.\n")
endif()
# English only needs its plural forms: a <message numerus="yes"> whose translation is unfinished.
file(READ "${WORK_DIR}/pgvault_en.ts" english)
string(REPLACE ";" "," english "${english}")
string(REPLACE "</message>" ";" english_messages "${english}")
set(english_count 0)
foreach(entry IN LISTS english_messages)
    if(entry MATCHES "numerus=\"yes\"" AND entry MATCHES "type=\"unfinished\"")
        math(EXPR english_count "${english_count} + 1")
    endif()
endforeach()
if(english_count GREATER 0)
    string(APPEND problems "translations/pgvault_en.ts: ${english_count} plural entries without their English forms.\n")
endif()
if(problems)
    message(FATAL_ERROR "${problems}Run `cmake --build build --target update_translations`, translate the new "
                        "entries in translations/*.ts (Qt Linguist or by hand), drop the vanished ones, and commit. "
                        "The updated copies are in ${WORK_DIR}.")
endif()
message(STATUS "Translations are up to date.")
