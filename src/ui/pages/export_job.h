// Exporting a list as CSV: every row matching the list's current query (its search, filters and
// sort), loaded in pages of 100 up to core's kMaxExportRows, then built into a CSV by core and
// saved through the host's download. My Orders and Renewals use it.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/export_csv.h"
#include "page_env.h"
#include "remote.h"
#include "widgets_feedback.h"

namespace koo::ui {

template <class Query, class Item>
class ExportJob {
 public:
  using Load = void (api::MarketplaceClient::*)(const Query&, api::ApiCallback<Page<Item>>);
  // Makes the file from the rows: its name and its CSV text.
  using Build = std::function<std::pair<std::string, std::string>(const std::vector<Item>&)>;

  ExportJob(Load load, Build build) : load_(load), build_(std::move(build)) {}

  bool running() const { return running_; }
  const std::optional<api::ApiError>& error() const { return page_.error(); }

  void start(Query query, PageEnv& env) {
    if (running_) return;  // a double click is one export
    query_ = std::move(query);
    query_.page = 1;
    query_.pageSize = limits::kMaxPageSize;
    rows_.clear();
    running_ = true;
    (env.client.*load_)(query_, page_.start());
  }
  void retry(PageEnv& env) {
    running_ = true;
    (env.client.*load_)(query_, page_.start());
  }
  // Call every frame: asks for the next page, and once all are in, downloads the file.
  void poll(PageEnv& env) {
    if (!running_ || page_.loading()) return;
    if (page_.error()) {
      running_ = false;
      return;
    }
    const Page<Item>* page = page_.value();
    if (!page) return;
    for (const auto& item : page->items)
      if (rows_.size() < static_cast<std::size_t>(kMaxExportRows)) rows_.push_back(item);
    const bool more = !page->items.empty() && static_cast<std::int64_t>(rows_.size()) < page->total &&
                      rows_.size() < static_cast<std::size_t>(kMaxExportRows);
    page_.reset();
    if (more) {
      ++query_.page;
      (env.client.*load_)(query_, page_.start());
      return;
    }
    running_ = false;
    const auto [fileName, csv] = build_(rows_);
    env.host.download(fileName, "text/csv;charset=utf-8", csv);
    env.toasts.show(tr("export.done", {{"count", std::to_string(rows_.size())}, {"file", fileName}}), Tone::Success,
                    env.host.nowMs());
  }

 private:
  Load load_;
  Build build_;
  Query query_;
  std::vector<Item> rows_;
  Remote<Page<Item>> page_;
  bool running_ = false;
};

// The Export button of a list's toolbar, busy while the export runs, and its failure with Retry.
struct ExportIntent {
  bool start = false;
  bool retry = false;
};
ExportIntent drawExportControls(Ui& ui, Host& host, bool running, const std::optional<api::ApiError>& error);

}  // namespace koo::ui
