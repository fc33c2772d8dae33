// JSON codecs of the unsubscription types (core/unsubscription.h), declared as json_codec.h
// declares the others.
#pragma once

#include "json_codec.h"
#include "unsubscription.h"

namespace koo {

KOO_DECLARE_CODEC(UnsubscriptionBody)
KOO_DECLARE_CODEC(UnsubscriptionRequest)
KOO_DECLARE_CODEC(UnsubscriptionRefusal)
KOO_DECLARE_CODEC(UnsubscriptionCandidate)
KOO_DECLARE_CODEC(UnsubscriptionRejectBody)

}  // namespace koo
