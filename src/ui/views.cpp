// Page creation from the view table: each row's factory, by view.
#include "page_env.h"

namespace koo::ui {

std::unique_ptr<ViewPage> makeViewPage(View view) {
  switch (view) {
#define KOO_VIEW_CASE(name, path, id, title, section, entry, parent, availability, factory) \
  case View::name: return factory();
    KOO_VIEWS(KOO_VIEW_CASE)
#undef KOO_VIEW_CASE
  }
  return nullptr;
}

}  // namespace koo::ui
