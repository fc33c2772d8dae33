// The Export button and the export's failure, as every exporting list draws them.
#include "export_job.h"

#include "imgui.h"
#include "list_page.h"

namespace koo::ui {

ExportIntent drawExportControls(Ui& ui, Host& host, bool running, const std::optional<api::ApiError>& error) {
  ExportIntent intent;
  intent.start = button(ui, tr(running ? "export.running" : "export.button"), running);
  if (error && !running) {
    ImGui::Spacing();
    intent.retry = errorPanel(ui, host, errorView(tr("export.failed"), *error));
  }
  return intent;
}

}  // namespace koo::ui
