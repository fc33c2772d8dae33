// Sends the semantics tree to the mirror when its nodes changed (mirror_publisher.h).
#include "mirror_publisher.h"

namespace koo::platform {

bool MirrorPublisher::publish(const ui::SemanticsTree& tree) {
  if (publishedOnce_ && tree.nodes() == published_) return false;
  publishedOnce_ = true;
  published_ = tree.nodes();
  send_(tree.toJson());
  return true;
}

}  // namespace koo::platform
