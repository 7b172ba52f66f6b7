/*
 * conformance: evaluates every shared vector through the C ABI and compares byte for byte
 * with the expected decision, or the expected error's code, path and message. Each valid
 * vector goes both ways in: JSON (helserett_evaluate_json) and the fixed-size struct
 * (helserett_case_from_json, then helserett_evaluate_case_json), whatever its kind: outbound,
 * inbound or method, as the case's schema says.
 *
 *   conformance tests/vectors/eea.json [more files...]
 *
 * Prints one line per failure and a summary; exits 1 if anything failed.
 */
#include "helserett.h"
#include "vectors.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define OUT_CAPACITY (64 * 1024)

static int same(const char *what, const struct vector *v, const char *out, size_t n) {
    if (n == v->expected_len && memcmp(out, v->expected, n) == 0) {
        return 1;
    }
    size_t at = 0;
    while (at < n && at < v->expected_len && out[at] == v->expected[at]) at++;
    printf("FAIL %s (%s): output differs from byte %zu (got %zu bytes, expected %zu)\n", v->id,
           what, at, n, v->expected_len);
    return 0;
}

static int check(const struct vector *v, char *out) {
    size_t n = 0;
    helserett_error_detail err;
    helserett_result r = helserett_evaluate_json(v->input, v->input_len, NULL,
                                                 out, OUT_CAPACITY, &n, &err);
    if (v->expected == NULL) {
        if (r == HELSERETT_RESULT_OK) {
            printf("FAIL %s: accepted, expected error %ld\n", v->id, v->error_code);
            return 0;
        }
        if ((long)r != v->error_code || err.code != r || strcmp(err.path, v->error_path) != 0 ||
            strcmp(err.message, v->error_message) != 0) {
            printf("FAIL %s: got %u \"%s\", expected %ld \"%s\"\n", v->id, (unsigned)r,
                   err.message, v->error_code, v->error_message);
            return 0;
        }
        return 1;
    }
    if (r != HELSERETT_RESULT_OK) {
        printf("FAIL %s: error %u: %s\n", v->id, (unsigned)r, err.message);
        return 0;
    }
    if (!same("json", v, out, n)) {
        return 0;
    }
    /* The same case through the fixed-size struct: one struct for every kind, the kind (an
     * outbound, inbound (seed 002) or method (seed 004) case) read from the case's schema. */
    helserett_case c;
    const char *what = "struct";
    r = helserett_case_from_json(v->input, v->input_len, &c, &err);
    if (r == HELSERETT_RESULT_OK) {
        what = c.kind == HELSERETT_CASE_KIND_INBOUND  ? "inbound struct"
               : c.kind == HELSERETT_CASE_KIND_METHOD ? "method struct"
                                                      : "struct";
        r = helserett_evaluate_case_json(&c, NULL, out, OUT_CAPACITY, &n, &err);
    }
    if (r != HELSERETT_RESULT_OK) {
        printf("FAIL %s (%s): error %u: %s\n", v->id, what, (unsigned)r, err.message);
        return 0;
    }
    return same(what, v, out, n);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: conformance VECTORS.json...\n");
        return 2;
    }
    if (strcmp(helserett_version(), HELSERETT_VERSION) != 0) {
        printf("FAIL library %s, header %s\n", helserett_version(), HELSERETT_VERSION);
        return 1;
    }
    char *out = (char *)malloc(OUT_CAPACITY);
    int passed = 0, failed = 0;
    for (int i = 1; i < argc; i++) {
        struct vectors vs;
        if (vectors_load(argv[i], &vs) != 0) {
            failed++;
            continue;
        }
        for (size_t k = 0; k < vs.len; k++) {
            if (check(&vs.items[k], out)) passed++;
            else failed++;
        }
        vectors_free(&vs);
    }
    free(out);
    printf("c conformance: %d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
