/*
 * conformance: evaluates every shared vector through the C ABI and compares byte for byte
 * with the expected decision, or the expected error's code, path and message. Each valid
 * vector goes both ways in: JSON (helserett_evaluate_json) and the fixed-size struct
 * (helserett_case_from_json, then helserett_evaluate_case_json; an inbound vector through
 * helserett_inbound_case_from_json and helserett_evaluate_inbound_case_json).
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

static int same(const char *what, const struct vector *v, const uint8_t *out, size_t n) {
    if (n == v->expected_len && memcmp(out, v->expected, n) == 0) {
        return 1;
    }
    size_t at = 0;
    while (at < n && at < v->expected_len && out[at] == (uint8_t)v->expected[at]) at++;
    printf("FAIL %s (%s): output differs from byte %zu (got %zu bytes, expected %zu)\n", v->id,
           what, at, n, v->expected_len);
    return 0;
}

static int check(const struct vector *v, uint8_t *out) {
    size_t n = 0;
    helserett_error_detail err;
    helserett_result r = helserett_evaluate_json((const uint8_t *)v->input, v->input_len, out,
                                                 OUT_CAPACITY, &n, &err);
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
    /* An inbound case (seed 002) goes through its own fixed-size struct. */
    static const char inbound[] = "{\"schema\":\"helserett.inbound_decision/";
    if (v->expected_len >= sizeof inbound - 1 &&
        memcmp(v->expected, inbound, sizeof inbound - 1) == 0) {
        helserett_inbound_case ic;
        r = helserett_inbound_case_from_json((const uint8_t *)v->input, v->input_len, &ic, &err);
        if (r == HELSERETT_RESULT_OK) {
            r = helserett_evaluate_inbound_case_json(&ic, out, OUT_CAPACITY, &n, &err);
        }
        if (r != HELSERETT_RESULT_OK) {
            printf("FAIL %s (inbound struct): error %u: %s\n", v->id, (unsigned)r, err.message);
            return 0;
        }
        return same("inbound struct", v, out, n);
    }
    /* A method case (seed 004) through its own fixed-size struct. */
    static const char method[] = "{\"schema\":\"helserett.method_decision/";
    if (v->expected_len >= sizeof method - 1 &&
        memcmp(v->expected, method, sizeof method - 1) == 0) {
        helserett_method_case mc;
        r = helserett_method_case_from_json((const uint8_t *)v->input, v->input_len, &mc, &err);
        if (r == HELSERETT_RESULT_OK) {
            r = helserett_evaluate_method_case_json(&mc, out, OUT_CAPACITY, &n, &err);
        }
        if (r != HELSERETT_RESULT_OK) {
            printf("FAIL %s (method struct): error %u: %s\n", v->id, (unsigned)r, err.message);
            return 0;
        }
        return same("method struct", v, out, n);
    }
    helserett_case c;
    r = helserett_case_from_json((const uint8_t *)v->input, v->input_len, &c, &err);
    if (r == HELSERETT_RESULT_OK) {
        r = helserett_evaluate_case_json(&c, out, OUT_CAPACITY, &n, &err);
    }
    if (r != HELSERETT_RESULT_OK) {
        printf("FAIL %s (struct): error %u: %s\n", v->id, (unsigned)r, err.message);
        return 0;
    }
    return same("struct", v, out, n);
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
    uint8_t *out = malloc(OUT_CAPACITY);
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
