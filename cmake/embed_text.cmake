# Writes a C++ source that returns the text of INPUT from FUNCTION in NAMESPACE, so a data file is
# compiled into the module. Run with cmake -DINPUT= -DOUTPUT= -DFUNCTION= -DNAMESPACE= -P.
file(READ "${INPUT}" content)
string(FIND "${content}" ")koo_embed\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter )koo_embed\"")
endif()
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT} by embed_text.cmake: do not edit.\n"
  "#include <string_view>\n\n"
  "namespace ${NAMESPACE} {\n\n"
  "std::string_view ${FUNCTION}() {\n"
  "  static constexpr std::string_view text = R\"koo_embed(${content})koo_embed\";\n"
  "  return text;\n"
  "}\n\n"
  "}  // namespace ${NAMESPACE}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
