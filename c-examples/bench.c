/*
 * bench: the C side of the C-vs-Rust comparison (scripts/bench-c-abi.sh). Times the example
 * patient through helserett_evaluate_json and through helserett_evaluate (struct path) from C,
 * and prints the median nanoseconds per call over many batches. Build it optimised and without
 * sanitizers, against the release library.
 *
 *   bench tests/cases/example_patient.json [batches] [calls_per_batch]
 */
#define _POSIX_C_SOURCE 200809L
#include "helserett.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static int cmp(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n) {
    qsort(v, (size_t)n, sizeof *v, cmp);
    return v[n / 2];
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: bench CASE.json [batches] [calls_per_batch]\n");
        return 2;
    }
    int batches = argc > 2 ? atoi(argv[2]) : 41;
    int calls = argc > 3 ? atoi(argv[3]) : 2000;
    if (batches < 1 || batches > 1000 || calls < 1) {
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 2;
    }
    static char input[64 * 1024];
    size_t len = fread(input, 1, sizeof input, f);
    fclose(f);

    static char out[64 * 1024];
    size_t n = 0;
    helserett_case c;
    helserett_decision d;
    if (helserett_case_from_json(input, len, &c, NULL) != HELSERETT_RESULT_OK) {
        fprintf(stderr, "bench: the case does not parse\n");
        return 2;
    }
    double *per_call = malloc(sizeof(double) * (size_t)batches);
    unsigned failures = 0;

    for (int b = 0; b < batches; b++) {
        double t0 = now_ns();
        for (int i = 0; i < calls; i++) {
            failures += helserett_evaluate_json(input, len, NULL, out, sizeof out, &n, NULL) != HELSERETT_RESULT_OK;
        }
        per_call[b] = (now_ns() - t0) / calls;
    }
    printf("c json_to_json median_ns %.1f\n", median(per_call, batches));

    for (int b = 0; b < batches; b++) {
        double t0 = now_ns();
        for (int i = 0; i < calls; i++) {
            failures += helserett_evaluate(&c, NULL, &d, NULL) != HELSERETT_RESULT_OK;
        }
        per_call[b] = (now_ns() - t0) / calls;
    }
    printf("c struct_to_struct median_ns %.1f\n", median(per_call, batches));
    free(per_call);
    return failures == 0 ? 0 : 1;
}
