// JSON of the backend's own records (store.h), composed from core's codecs: used by the demo
// data set loader and by the SQLite store's document columns. Never throws.
#pragma once

#include "core/json_codec.h"
#include "core/json_codec_unsubscription.h"
#include "store.h"

namespace koo::backend {

KOO_DECLARE_CODEC(BuyerRecord)
KOO_DECLARE_CODEC(AppRecord)
KOO_DECLARE_CODEC(OrderRecord)
KOO_DECLARE_CODEC(SupervisionRecord)
KOO_DECLARE_CODEC(UnsubscriptionRecord)
KOO_DECLARE_CODEC(InvoiceRecord)
KOO_DECLARE_CODEC(InvoiceCustomerRecord)

// Application information as the seller's system sent it. Unlike core's codec (what the
// console accepts), the management URL is kept whatever its scheme: the marketplace stores
// the seller's text, and the console decides whether it may open it.
// Written with core's codec; read by this decoder.
void decodeStoredAppInfo(const Json& json, const std::string& path, DecodeContext& context,
                         ApplicationInfo& out);

}  // namespace koo::backend
