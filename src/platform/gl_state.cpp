// The GL state queries of Dear ImGui's OpenGL3 backend, answered without asking WebGL. The backend
// saves and restores the state around its draw for hosts that share their context; the console's
// context is its own, and each of those reads can wait for the GPU process to catch up (WebGL's
// getParameter is synchronous), which in the first frames cost more than the drawing. The backend
// is compiled with glGetIntegerv and glIsEnabled renamed to these (cmake/dependencies.cmake).
#include <GLES3/gl3.h>

extern "C" {

// What a fresh context holds (the backend then "restores" it): nothing bound, texture unit 0, no
// viewport or scissor, blending off and additive. Version and extension queries go to WebGL.
void koo_gl_get_integerv(GLenum name, GLint* values) {
  switch (name) {
    case GL_ACTIVE_TEXTURE: values[0] = GL_TEXTURE0; return;
    case GL_CURRENT_PROGRAM: case GL_TEXTURE_BINDING_2D: case GL_SAMPLER_BINDING: case GL_ARRAY_BUFFER_BINDING:
    case GL_ELEMENT_ARRAY_BUFFER_BINDING: case GL_VERTEX_ARRAY_BINDING:
      values[0] = 0;
      return;
    case GL_VIEWPORT: case GL_SCISSOR_BOX: values[0] = values[1] = values[2] = values[3] = 0; return;
    case GL_BLEND_SRC_RGB: case GL_BLEND_SRC_ALPHA: values[0] = GL_ONE; return;
    case GL_BLEND_DST_RGB: case GL_BLEND_DST_ALPHA: values[0] = GL_ZERO; return;
    case GL_BLEND_EQUATION_RGB: case GL_BLEND_EQUATION_ALPHA: values[0] = GL_FUNC_ADD; return;
    default: glGetIntegerv(name, values);
  }
}

// Every capability the backend asks about is off between its draws (it turns on what it uses).
GLboolean koo_gl_is_enabled(GLenum) { return GL_FALSE; }

}  // extern "C"
