#include "user_text.hpp"

#include <md4c.h>

#include <algorithm>
#include <cstdlib>
#include <vector>

#include "kplan/core/utf8.hpp"

namespace kplan::report::detail {
namespace {

bool IsSafeLink(std::string_view href) {
  for (std::string_view scheme : {"https://", "http://", "mailto:"}) {
    if (href.size() > scheme.size() && href.substr(0, scheme.size()) == scheme) return true;
  }
  return false;
}

// An entity as md4c hands it ("&amp;", "&#229;", "&#xE5;"): its character,
// or the entity as written when it is not one of these.
std::string DecodeEntity(std::string_view entity) {
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"},
      {"&nbsp;", "\u00a0"}, {"&ndash;", "–"}, {"&mdash;", "—"}, {"&aring;", "å"}, {"&auml;", "ä"},
      {"&ouml;", "ö"}, {"&Aring;", "Å"}, {"&Auml;", "Ä"}, {"&Ouml;", "Ö"}, {"&eacute;", "é"}};
  for (const auto& [name, value] : kNamed) {
    if (entity == name) return std::string(value);
  }
  if (entity.size() > 3 && entity[1] == '#') {
    const bool hex = entity[2] == 'x' || entity[2] == 'X';
    const std::string digits(entity.substr(hex ? 3 : 2, entity.size() - (hex ? 4 : 3)));
    unsigned long cp = std::strtoul(digits.c_str(), nullptr, hex ? 16 : 10);
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;  // as CommonMark says
    std::string out;
    AppendUtf8(out, cp);
    return out;
  }
  return std::string(entity);
}

class Reader {
 public:
  Reader(Document& doc, int level, const std::string& sheet, const std::string& lead)
      : doc_(doc), level_(level), sheet_(sheet), lead_(lead) {}

  int EnterBlock(MD_BLOCKTYPE type, void* detail) {
    switch (type) {
      case MD_BLOCK_UL:
      case MD_BLOCK_OL:
        if (lists_ == 0) list_ = BulletList{{}, type == MD_BLOCK_OL};
        else FlushItem();  // the outer item's own text comes before its sub-items
        ++lists_;
        break;
      case MD_BLOCK_H: heading_ = static_cast<const MD_BLOCK_H_DETAIL*>(detail)->level; break;
      case MD_BLOCK_TABLE: table_ = Table{}; table_.sheet = sheet_; break;
      case MD_BLOCK_TR: row_.clear(); break;
      default: break;
    }
    return 0;
  }

  int LeaveBlock(MD_BLOCKTYPE type) {
    switch (type) {
      case MD_BLOCK_P:
      case MD_BLOCK_CODE:
        if (lists_ == 0 && !in_table_cell_) FlushParagraph();
        break;
      case MD_BLOCK_LI: FlushItem(); break;
      case MD_BLOCK_UL:
      case MD_BLOCK_OL:
        if (--lists_ == 0 && !list_.items.empty()) doc_.blocks.emplace_back(std::move(list_));
        break;
      case MD_BLOCK_H: {
        const int below = heading_ <= 2 ? 1 : 2;
        std::string text = PlainText();
        spans_.clear();
        if (!text.empty()) doc_.AddHeading(std::min(level_ + below, 3), std::move(text));
        break;
      }
      case MD_BLOCK_TH:
      case MD_BLOCK_TD: {
        row_.push_back(Cell::Text(PlainText()));
        spans_.clear();
        break;
      }
      case MD_BLOCK_TR:
        if (table_.header.empty()) {
          for (Cell& c : row_) table_.header.push_back(std::move(c.text));
        } else {
          row_.resize(table_.header.size(), Cell::Text(""));
          table_.rows.push_back(std::move(row_));
        }
        row_.clear();
        break;
      case MD_BLOCK_TABLE:
        table_.numeric.assign(table_.header.size(), false);
        doc_.blocks.emplace_back(std::move(table_));
        break;
      default: break;
    }
    return 0;
  }

  int EnterSpan(MD_SPANTYPE type, void* detail) {
    if (type == MD_SPAN_STRONG) ++bold_;
    if (type == MD_SPAN_EM) ++italic_;
    if (type == MD_SPAN_A) {
      const MD_ATTRIBUTE& href = static_cast<const MD_SPAN_A_DETAIL*>(detail)->href;
      const std::string target(href.text, href.size);
      links_.push_back(IsSafeLink(target) ? target : "");
    }
    return 0;
  }

  int LeaveSpan(MD_SPANTYPE type) {
    if (type == MD_SPAN_STRONG) --bold_;
    if (type == MD_SPAN_EM) --italic_;
    if (type == MD_SPAN_A && !links_.empty()) links_.pop_back();
    return 0;
  }

  int Text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size) {
    const std::string_view t(text, size);
    switch (type) {
      case MD_TEXT_SOFTBR: Append(" "); break;
      case MD_TEXT_BR: Append("\n"); break;
      case MD_TEXT_ENTITY: Append(DecodeEntity(t)); break;
      case MD_TEXT_NULLCHAR: Append("\uFFFD"); break;
      default: Append(t); break;  // normal, code and (never, with MD_FLAG_NOHTML) HTML: as text
    }
    return 0;
  }

  void set_in_table_cell(bool in) { in_table_cell_ = in; }

 private:
  void Append(std::string_view text) {
    const std::string link = links_.empty() ? "" : links_.back();
    if (!spans_.empty()) {
      Span& last = spans_.back();
      if (last.bold == (bold_ > 0) && last.italic == (italic_ > 0) && last.link == link) {
        last.text += text;
        return;
      }
    }
    spans_.push_back(Span{std::string(text), bold_ > 0, italic_ > 0, link});
  }

  // The spans as plain text; a link shows its address after its words when
  // they differ, for print.
  std::string PlainText() const {
    std::string out;
    for (const Span& s : spans_) {
      out += s.text;
      if (!s.link.empty() && s.link != s.text && "mailto:" + s.text != s.link) out += " (" + s.link + ")";
    }
    return out;
  }

  void FlushParagraph() {
    if (spans_.empty()) return;
    if (!lead_.empty()) {
      spans_.insert(spans_.begin(), Span{lead_, true, false, ""});
      lead_.clear();
    }
    Paragraph p{PlainText(), ParagraphStyle::kUserText, {}};
    const bool formatted = std::any_of(spans_.begin(), spans_.end(),
                                       [](const Span& s) { return s.bold || s.italic || !s.link.empty(); });
    if (formatted) p.spans = std::move(spans_);
    spans_.clear();
    doc_.blocks.emplace_back(std::move(p));
  }

  void FlushItem() {
    std::string text = PlainText();
    spans_.clear();
    if (!text.empty()) list_.items.push_back(std::move(text));
  }

  Document& doc_;
  int level_;
  const std::string& sheet_;
  std::string lead_;
  std::vector<Span> spans_;
  int bold_ = 0, italic_ = 0;
  std::vector<std::string> links_;
  int lists_ = 0;
  BulletList list_;
  unsigned heading_ = 0;
  Table table_;
  std::vector<Cell> row_;
  bool in_table_cell_ = false;
};

}  // namespace

void AddUserText(Document& doc, std::string_view markdown, int level, const std::string& sheet,
                 const std::string& lead) {
  if (markdown.find_first_not_of(" \t\r\n") == std::string_view::npos) return;
  Reader reader(doc, level, sheet, lead);
  MD_PARSER parser{};
  parser.flags = MD_FLAG_TABLES | MD_FLAG_NOHTML | MD_FLAG_STRIKETHROUGH | MD_FLAG_NOINDENTEDCODEBLOCKS;
  parser.enter_block = [](MD_BLOCKTYPE type, void* detail, void* self) {
    auto* r = static_cast<Reader*>(self);
    if (type == MD_BLOCK_TH || type == MD_BLOCK_TD) r->set_in_table_cell(true);
    return r->EnterBlock(type, detail);
  };
  parser.leave_block = [](MD_BLOCKTYPE type, void*, void* self) {
    auto* r = static_cast<Reader*>(self);
    const int result = r->LeaveBlock(type);
    if (type == MD_BLOCK_TH || type == MD_BLOCK_TD) r->set_in_table_cell(false);
    return result;
  };
  parser.enter_span = [](MD_SPANTYPE type, void* detail, void* self) {
    return static_cast<Reader*>(self)->EnterSpan(type, detail);
  };
  parser.leave_span = [](MD_SPANTYPE type, void*, void* self) {
    return static_cast<Reader*>(self)->LeaveSpan(type);
  };
  parser.text = [](MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* self) {
    return static_cast<Reader*>(self)->Text(type, text, size);
  };
  md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, &reader);
}

}  // namespace kplan::report::detail
