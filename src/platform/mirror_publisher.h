// Publishes the semantics tree to the page's DOM mirror, only when the nodes differ from the
// last published ones: comparing nodes costs far less than writing the JSON every frame.
#pragma once

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "semantics.h"

namespace koo::platform {

class MirrorPublisher {
 public:
  // `send` gets the JSON of the nodes (docs/js-bridge.md): koo_js_publish_semantics in the module.
  explicit MirrorPublisher(std::function<void(const std::string& json)> send) : send_(std::move(send)) {}

  // Sends this frame's tree if it changed; true when it did.
  bool publish(const ui::SemanticsTree& tree);

 private:
  std::function<void(const std::string&)> send_;
  std::vector<ui::SemanticNode> published_;
  bool publishedOnce_ = false;  // the first frame is sent even when it has no nodes
};

}  // namespace koo::platform
