// Reads a JSON array of strings on stdin and writes the array of their councilgraph::fold() on
// stdout, so the explorer's tests can compare the page's folding with the CLI's.
#include <councilgraph/names.hpp>

#include <nlohmann/json.hpp>

#include <iostream>

int main() {
    const auto in = nlohmann::json::parse(std::cin);
    nlohmann::json out = nlohmann::json::array();
    for (const auto& s : in) out.push_back(councilgraph::fold(s.get<std::string>()));
    std::cout << out.dump() << '\n';
}
