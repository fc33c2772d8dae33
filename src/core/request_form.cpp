// Form-template validation of a service request.
#include "request_form.h"

#include "i18n.h"
#include "json_reader.h"
#include "text.h"

namespace koo {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool isDecimalNumber(const std::string& text) {
  size_t i = (!text.empty() && text[0] == '-') ? 1 : 0;
  size_t integerDigits = 0, fractionDigits = 0;
  for (; i < text.size() && isDigit(text[i]); ++i) ++integerDigits;
  if (i < text.size() && text[i] == '.') {
    for (++i; i < text.size() && isDigit(text[i]); ++i) ++fractionDigits;
    if (fractionDigits == 0) return false;
  }
  return integerDigits > 0 && i == text.size();
}

bool isCalendarDate(const std::string& text) {
  return text.size() == 10 && parseIsoUtc(text + "T00:00:00Z").has_value();
}

}  // namespace

std::optional<DecodeError> validateRequestFields(const std::vector<FormFieldSpec>& form,
                                                 const std::map<std::string, std::string>& fields) {
  const std::string fieldsPath = "$.fields";
  for (const auto& [key, value] : fields) {
    bool known = false;
    for (const auto& spec : form) known = known || spec.key == key;
    if (!known)
      return DecodeError{childPath(fieldsPath, key), "not a field of this request form", DecodeErrorKind::BadValue};
  }
  for (const auto& spec : form) {
    const std::string path = childPath(fieldsPath, spec.key);
    const auto it = fields.find(spec.key);
    const bool empty = it == fields.end() || isBlank(it->second);
    if (empty) {
      if (spec.required)
        return DecodeError{path, tr("validation.field_required", {{"label", spec.label}}), DecodeErrorKind::Missing};
      continue;
    }
    DecodeContext context;
    if (!checkText(it->second, TextRule{static_cast<size_t>(spec.maxLength)}, path, context))
      return context.error();
    if (spec.type == FormFieldType::Number && !isDecimalNumber(it->second))
      return DecodeError{path, tr("validation.field_number", {{"label", spec.label}}), DecodeErrorKind::BadValue};
    if (spec.type == FormFieldType::Date && !isCalendarDate(it->second))
      return DecodeError{path, tr("validation.field_date", {{"label", spec.label}}), DecodeErrorKind::BadValue};
  }
  return std::nullopt;
}

}  // namespace koo
