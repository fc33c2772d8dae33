# Third-party pieces as CMake targets: nlohmann/json (header-only, from Debian), Dear ImGui
# (sources fetched by ./console), and for native builds GoogleTest, threads and SQLite.

# nlohmann/json: the wasm build must not see all of /usr/include, so expose only nlohmann/.
set(KOO_JSON_INCLUDE ${CMAKE_BINARY_DIR}/json-include)
if(NOT EXISTS ${KOO_JSON_INCLUDE}/nlohmann/json.hpp)
  if(NOT EXISTS /usr/include/nlohmann/json.hpp)
    message(FATAL_ERROR "nlohmann/json.hpp not found: run ./console setup")
  endif()
  file(MAKE_DIRECTORY ${KOO_JSON_INCLUDE})
  file(CREATE_LINK /usr/include/nlohmann ${KOO_JSON_INCLUDE}/nlohmann SYMBOLIC)
endif()
add_library(koo_json INTERFACE)
target_include_directories(koo_json SYSTEM INTERFACE ${KOO_JSON_INCLUDE})
if(KOO_WASM)
  # The modules catch no exception (Emscripten's default: a throw aborts), so nlohmann/json's
  # throws abort without building their messages first: less code at every checked access.
  target_compile_definitions(koo_json INTERFACE JSON_NOEXCEPTION)
endif()

# Dear ImGui core (no backend): the ui layer draws with it, natively with no renderer in tests.
if(NOT EXISTS ${KOO_IMGUI_DIR}/imgui.cpp)
  message(FATAL_ERROR "Dear ImGui sources not found in ${KOO_IMGUI_DIR}: run ./console setup")
endif()
set(KOO_IMGUI_DRAW ${KOO_IMGUI_DIR}/imgui_draw.cpp)
if(KOO_WASM)
  # The web modules never draw with Dear ImGui's built-in ProggyClean font (they start only with
  # their own, font_atlas.cpp), so its 12 KB of compressed data stay out: a copy of imgui_draw.cpp
  # made here whose AddFontDefault gets no data. The sources are never edited; another Dear ImGui
  # version without that line keeps its font (with a warning).
  file(READ ${KOO_IMGUI_DRAW} koo_imgui_draw)
  set(koo_font_data_line "return proggy_clean_ttf_compressed_data_base85;")
  string(FIND "${koo_imgui_draw}" "${koo_font_data_line}" koo_font_data_at)
  if(koo_font_data_at EQUAL -1)
    message(WARNING "imgui_draw.cpp: no built-in font line to leave out; the module keeps the font")
  else()
    string(REPLACE "${koo_font_data_line}" "return \"\";  // left out by cmake/dependencies.cmake"
           koo_imgui_draw "${koo_imgui_draw}")
    set(KOO_IMGUI_DRAW ${CMAKE_BINARY_DIR}/imgui-web/imgui_draw.cpp)
    file(WRITE ${KOO_IMGUI_DRAW}.tmp "${koo_imgui_draw}")
    file(COPY_FILE ${KOO_IMGUI_DRAW}.tmp ${KOO_IMGUI_DRAW} ONLY_IF_DIFFERENT)
    file(REMOVE ${KOO_IMGUI_DRAW}.tmp)
  endif()
endif()
add_library(imgui STATIC
  ${KOO_IMGUI_DIR}/imgui.cpp ${KOO_IMGUI_DRAW}
  ${KOO_IMGUI_DIR}/imgui_tables.cpp ${KOO_IMGUI_DIR}/imgui_widgets.cpp
  ${KOO_IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${KOO_IMGUI_DIR} ${KOO_IMGUI_DIR}/misc/cpp)
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_DEMO_WINDOWS)
if(KOO_WASM)
  # The module never shows Dear ImGui's metrics and debug-log windows nor reads or writes files
  # (no .ini: IniFilename is null): without their code the wasm is smaller (docs/performance.md).
  target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_DEBUG_TOOLS IMGUI_DISABLE_FILE_FUNCTIONS)
endif()
target_compile_options(imgui PRIVATE -w)

if(KOO_WASM)
  add_library(imgui_opengl3 STATIC ${KOO_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
  target_include_directories(imgui_opengl3 SYSTEM PUBLIC ${KOO_IMGUI_DIR}/backends)
  target_link_libraries(imgui_opengl3 PUBLIC imgui)
  target_compile_options(imgui_opengl3 PRIVATE -w)
  # Its state saving reads from the console's own answers, not from WebGL (src/platform/gl_state.cpp).
  target_compile_definitions(imgui_opengl3 PRIVATE glGetIntegerv=koo_gl_get_integerv glIsEnabled=koo_gl_is_enabled)
else()
  find_package(GTest REQUIRED)
  find_package(Threads REQUIRED)
  find_package(SQLite3 REQUIRED)
endif()
