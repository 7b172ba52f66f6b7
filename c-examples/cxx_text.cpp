// The C ABI from C++17 (issue 30): text in as `const char *` with a length, text out into a
// `char` buffer, no cast at any call. Built with -Wall -Wextra -Wpedantic -Werror; every C
// example is compiled as C++17 too (`make cxx`).
#include "helserett.h"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

int main(int argc, char **argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: cxx_text CASE.json\n");
        return 2;
    }
    std::ifstream file(argv[1]);
    std::stringstream read;
    read << file.rdbuf();
    const std::string json = read.str();

    std::vector<char> out(64 * 1024);
    size_t n = 0;
    helserett_error_detail err;
    helserett_result r =
        helserett_evaluate_json(json.data(), json.size(), nullptr, out.data(), out.size(), &n, &err);
    if (r != HELSERETT_RESULT_OK) {
        std::fprintf(stderr, "%s (%s)\n", err.message, err.kind);
        return 1;
    }
    std::fwrite(out.data(), 1, n, stdout);
    std::fputc('\n', stdout);

    // A refused case names its request: the id is read even when the case is not.
    const std::string bad = R"({"id":"EPJ-42","evaluation_date":"2024-02-30"})";
    r = helserett_evaluate_json(bad.c_str(), bad.size(), nullptr, out.data(), out.size(), &n, &err);
    std::printf("%u %s %s %s\n", static_cast<unsigned>(r), err.kind, err.id, err.path);

    // An answer typed at a kiosk, as a C++ string.
    helserett_case c;
    if (helserett_case_from_json(json.c_str(), json.size(), &c, &err) != HELSERETT_RESULT_OK) return 1;
    const std::string answer = "Nesna";
    r = helserett_case_answer(&c, nullptr, HELSERETT_FACT_TRAVEL_HOME, -1, answer.c_str(), answer.size(),
                              &c, &err);
    std::printf("answer %u\n", static_cast<unsigned>(r));
    return 0;
}
