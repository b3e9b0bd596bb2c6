// PX (PC-Axis) files: statements, then the cube (px_file.hpp).

#include "kplan/io/px_file.hpp"

#include "data_cube.hpp"
#include "import_text.hpp"

namespace kplan::io {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

bool IsNameChar(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
}

// Reads the statements of a PX text one by one, counting lines.
class PxScanner {
 public:
  PxScanner(std::string_view text, std::string_view file) : text_(text), file_(file) {}

  Status Run(PxFile& px) {
    while (true) {
      SkipSpace();
      if (i_ >= text_.size()) return Ok();
      if (Status s = Statement(px); !s) return s;
    }
  }

 private:
  Error Syntax(std::int64_t line, const std::string& sv, const std::string& en) const {
    return Error(ErrorCode::kInvalidInput, sv, en).WithFile(std::string(file_)).WithRow(line).WithRule("px_syntax");
  }

  Error Unclosed(std::int64_t line) const {
    return Syntax(line, "ett citattecken avslutas aldrig", "a quote is never closed");
  }

  void SkipSpace() {
    while (i_ < text_.size() && IsSpace(text_[i_])) {
      if (text_[i_] == '\n') ++line_;
      ++i_;
    }
  }

  // A quoted string from text_[i_] == '"'; PX strings hold no quotes.
  bool Quoted(std::string& out) {
    const std::size_t end = text_.find('"', i_ + 1);
    if (end == std::string_view::npos) return false;
    std::string_view inside = text_.substr(i_ + 1, end - i_ - 1);
    for (char c : inside) {
      if (c == '\n') ++line_;
    }
    out.append(inside);
    i_ = end + 1;
    return true;
  }

  Status Statement(PxFile& px) {
    const std::int64_t start = line_;
    std::size_t name_end = i_;
    while (name_end < text_.size() && IsNameChar(text_[name_end])) ++name_end;
    if (name_end == i_) {
      return Syntax(start, "ett nyckelord väntades, t.ex. STUB= eller DATA=",
                    "a keyword was expected, e.g. STUB= or DATA=");
    }
    std::string key(text_.substr(i_, name_end - i_));
    const bool is_data = key == "DATA";
    i_ = name_end;
    bool translation = false;
    if (i_ < text_.size() && text_[i_] == '[') {
      const std::size_t close = text_.find(']', i_);
      if (close == std::string_view::npos) return Syntax(start, "\"[\" avslutas aldrig", "\"[\" is never closed");
      translation = true;
      i_ = close + 1;
    }
    if (i_ < text_.size() && text_[i_] == '(') {
      std::vector<std::string> args;
      if (Status s = Arguments(start, args); !s) return s;
      key += "(";
      for (std::size_t a = 0; a < args.size(); ++a) key += (a ? ",\"" : "\"") + args[a] + "\"";
      key += ")";
    }
    SkipSpace();
    if (i_ >= text_.size() || text_[i_] != '=') {
      return Syntax(start, "\"=\" saknas efter " + key, "\"=\" is missing after " + key);
    }
    ++i_;
    if (is_data && !translation) {
      px.keywords["DATA"];  // present; the cells go to px.data
      return Data(start, px);
    }
    std::vector<std::string> items;
    if (Status s = Items(start, key, items); !s) return s;
    if (!translation) px.keywords[key] = std::move(items);
    return Ok();
  }

  Status Arguments(std::int64_t start, std::vector<std::string>& args) {
    ++i_;  // (
    while (true) {
      SkipSpace();
      if (i_ >= text_.size()) return Syntax(start, "\"(\" avslutas aldrig", "\"(\" is never closed");
      const char c = text_[i_];
      if (c == ')') {
        ++i_;
        return Ok();
      }
      if (c == ',') {
        ++i_;
      } else if (c == '"') {
        std::string arg;
        if (!Quoted(arg)) return Unclosed(start);
        args.push_back(std::move(arg));
      } else {
        return Syntax(start, "ogiltigt tecken i parentesen", "an invalid character inside the parentheses");
      }
    }
  }

  // Strings and words up to ";": "a","b"; "long "\n"text"; TLIST(A1),"2017"; YES.
  Status Items(std::int64_t start, const std::string& key, std::vector<std::string>& items) {
    bool after_string = false;  // a quoted string just ended, no comma since
    while (true) {
      SkipSpace();
      if (i_ >= text_.size()) {
        return Syntax(start, key + " avslutas aldrig med \";\"", key + " is never ended by \";\"");
      }
      const char c = text_[i_];
      if (c == ';') {
        ++i_;
        return Ok();
      }
      if (c == ',') {
        ++i_;
        after_string = false;
        continue;
      }
      if (c == '"') {
        std::string part;
        if (!Quoted(part)) return Unclosed(start);
        if (after_string) items.back() += part;
        else items.push_back(std::move(part));
        after_string = true;
        continue;
      }
      // A word, up to a comma or ";" outside parentheses and quotes.
      const std::size_t from = i_;
      int depth = 0;
      while (i_ < text_.size()) {
        const char w = text_[i_];
        if (w == '"') {
          std::string ignored;
          if (!Quoted(ignored)) return Unclosed(start);
          continue;
        }
        if (w == '(') ++depth;
        if (w == ')') --depth;
        if (depth <= 0 && (w == ',' || w == ';')) break;
        if (w == '\n') ++line_;
        ++i_;
      }
      items.emplace_back(detail::Trim(text_.substr(from, i_ - from)));
      after_string = false;
    }
  }

  // Cells separated by spaces, tabs, line breaks or commas, up to ";".
  Status Data(std::int64_t start, PxFile& px) {
    while (true) {
      SkipSpace();
      if (i_ >= text_.size()) return Syntax(start, "DATA avslutas aldrig med \";\"", "DATA is never ended by \";\"");
      const char c = text_[i_];
      if (c == ';') {
        ++i_;
        return Ok();
      }
      if (c == ',') {
        ++i_;
        continue;
      }
      if (px.data.size() >= detail::kMaxCubeCells) {
        return Error(ErrorCode::kInvalidInput, "DATA har fler än " + std::to_string(detail::kMaxCubeCells) + " värden",
                     "DATA has more than " + std::to_string(detail::kMaxCubeCells) + " values")
            .WithFile(std::string(file_))
            .WithRow(start)
            .WithRule("px_data_count");
      }
      const std::int64_t line = line_;
      std::string cell;
      if (c == '"') {
        if (!Quoted(cell)) return Unclosed(line);
      } else {
        const std::size_t from = i_;
        while (i_ < text_.size() && !IsSpace(text_[i_]) && text_[i_] != ',' && text_[i_] != ';' &&
               text_[i_] != '"') {
          ++i_;
        }
        cell.assign(text_.substr(from, i_ - from));
      }
      px.data.push_back(std::move(cell));
      px.data_lines.push_back(line);
    }
  }

  std::string_view text_;
  std::string_view file_;
  std::size_t i_ = 0;
  std::int64_t line_ = 1;
};

std::string ArgKey(std::string_view keyword, std::string_view variable) {
  return std::string(keyword) + "(\"" + std::string(variable) + "\")";
}

// The time variable: TIMEVAL, VARIABLE-TYPE "T", or a variable named år/year/tid.
std::string TimeVariable(const PxFile& px) {
  std::vector<std::string> variables = px.stub;
  variables.insert(variables.end(), px.heading.begin(), px.heading.end());
  for (const std::string& v : variables) {
    if (px.keywords.count(ArgKey("TIMEVAL", v))) return v;
  }
  for (const std::string& v : variables) {
    auto type = px.keywords.find(ArgKey("VARIABLE-TYPE", v));
    if (type != px.keywords.end() && !type->second.empty() && type->second[0] == "T") return v;
  }
  for (const std::string& v : variables) {
    const std::string f = detail::Fold(v);
    if (f == "ar" || f == "year" || f == "tid" || f == "time" || f == "period") return v;
  }
  return {};
}

Status CheckShape(const PxFile& px, std::string_view file, std::int64_t data_line) {
  auto fail = [&](std::string sv, std::string en, std::string rule) {
    return Error(ErrorCode::kInvalidInput, std::move(sv), std::move(en))
        .WithFile(std::string(file))
        .WithRule(std::move(rule));
  };
  if (px.stub.empty() && px.heading.empty()) {
    return fail("filen har varken STUB eller HEADING: inga variabler", "the file has neither STUB nor HEADING: no variables",
                "px_values");
  }
  std::uint64_t cells = 1;
  std::string product;
  for (const std::vector<std::string>* list : {&px.stub, &px.heading}) {
    for (const std::string& v : *list) {
      const std::size_t n = px.Values(v).size();
      if (n == 0) {
        return fail("VALUES(\"" + v + "\") saknas", "VALUES(\"" + v + "\") is missing", "px_values");
      }
      cells = cells > detail::kMaxCubeCells ? cells : cells * n;
      product += (product.empty() ? "" : " × ") + std::to_string(n);
    }
  }
  if (!px.keywords.count("DATA")) {
    return fail("DATA saknas", "DATA is missing", "px_data_count");
  }
  if (cells != px.data.size()) {
    const std::string have = std::to_string(px.data.size());
    return fail("DATA har " + have + " värden men variablerna ger " + product + " = " + std::to_string(cells),
                "DATA has " + have + " values but the variables give " + product + " = " + std::to_string(cells),
                "px_data_count")
        .WithRow(data_line);
  }
  return Ok();
}

}  // namespace

const std::vector<std::string>& PxFile::Values(std::string_view variable) const {
  static const std::vector<std::string> kNone;
  auto it = keywords.find(ArgKey("VALUES", variable));
  return it == keywords.end() ? kNone : it->second;
}

std::string PxFile::Text(std::string_view keyword) const {
  auto it = keywords.find(keyword);
  return it == keywords.end() || it->second.empty() ? std::string() : it->second[0];
}

Result<PxFile> ParsePx(std::string_view bytes, std::string_view file_name) {
  DecodedText decoded = DecodeToUtf8(bytes);
  PxFile px;
  px.encoding = decoded.encoding;
  PxScanner scanner(decoded.utf8, file_name);
  if (Status s = scanner.Run(px); !s) return s.error();
  if (auto stub = px.keywords.find("STUB"); stub != px.keywords.end()) px.stub = stub->second;
  if (auto heading = px.keywords.find("HEADING"); heading != px.keywords.end()) px.heading = heading->second;
  const std::int64_t data_line = px.data_lines.empty() ? 0 : px.data_lines.front();
  if (Status s = CheckShape(px, file_name, data_line); !s) return s.error();
  px.time_variable = TimeVariable(px);
  return px;
}

Result<Table> ReadPxTable(std::string_view bytes, std::string_view file_name, TextEncoding* encoding) {
  Result<PxFile> px = ParsePx(bytes, file_name);
  if (!px) return px.error();
  if (encoding) *encoding = px.value().encoding;
  detail::DataCube cube;
  cube.file = std::string(file_name);
  for (const std::vector<std::string>* list : {&px.value().stub, &px.value().heading}) {
    for (const std::string& v : *list) {
      cube.dims.push_back({v, px.value().Values(v), v == px.value().time_variable});
    }
  }
  cube.values = std::move(px.value().data);
  cube.lines = std::move(px.value().data_lines);
  return detail::CubeToTable(cube);
}

}  // namespace kplan::io
