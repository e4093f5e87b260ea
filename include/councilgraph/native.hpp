#pragma once
/// \file native.hpp
/// Writing the project's own JSON format (the inverse of load.hpp), and atomic file output.

#include <councilgraph/model.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace councilgraph {

/// The data set as a `councilgraph/1` document, sources and nodes sorted by id, edges by
/// (kind, from, to, start, id) with repeats in their number's order (`~2` before `~10`), keys in
/// the documented order. A derived edge id is left out when loading the document alone derives
/// it again, and written otherwise, so export → load → export is byte-identical, ids included.
[[nodiscard]] nlohmann::ordered_json to_native_json(const Dataset& data);

/// `to_native_json` as text: 2-space indent, UTF-8, trailing newline.
[[nodiscard]] std::string to_native_text(const Dataset& data);

/// JSON form of evidence, keys in the documented order and empty fields left out; used by the
/// native format, query JSON output and exports alike. With `titles` (short titles by source
/// id, as Table::source_titles), an item whose source has one also says it, as `source_title`
/// right after `source` (query output; the native format never writes it).
[[nodiscard]] nlohmann::ordered_json evidence_json(const std::vector<Evidence>& evidence,
                                                  const std::map<std::string, std::string, std::less<>>* titles = nullptr);

/// JSON form of one attribute value.
[[nodiscard]] nlohmann::ordered_json to_json(const AttrValue& v);

/// Writes `content` to `path` through a temporary file in the same folder and a rename, so a
/// failed run leaves no half-written file. Throws Error naming the path on failure.
void write_file_atomic(const std::filesystem::path& path, std::string_view content);

}  // namespace councilgraph
