/*
 * threads: many threads evaluating different cases at once through the C ABI, every result
 * checked against the vector's expected bytes. The library has no global state; this shows
 * it under AddressSanitizer/UBSan (and ThreadSanitizer with SAN=-fsanitize=thread).
 *
 *   threads tests/vectors/eea.json [threads] [rounds]
 */
#include "helserett.h"
#include "vectors.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct job {
    const struct vectors *vs;
    size_t first; /* each thread starts at a different vector */
    int rounds;
    int failures;
};

static void *work(void *arg) {
    struct job *job = (struct job *)arg;
    /* Room for the longest decision: each is written in one pass. */
    char out[HELSERETT_MAX_DECISION_JSON];
    for (int r = 0; r < job->rounds; r++) {
        for (size_t k = 0; k < job->vs->len; k++) {
            const struct vector *v = &job->vs->items[(job->first + k) % job->vs->len];
            size_t n = 0;
            helserett_error_detail err;
            helserett_result res = helserett_evaluate_json(v->input, v->input_len,
                                                           NULL, out, sizeof out, &n, &err);
            int ok = v->expected
                         ? res == HELSERETT_RESULT_OK && n == v->expected_len &&
                               memcmp(out, v->expected, n) == 0
                         : (long)res == v->error_code && strcmp(err.message, v->error_message) == 0;
            if (!ok) {
                job->failures++;
            }
        }
    }
    return NULL;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: threads VECTORS.json [threads] [rounds]\n");
        return 2;
    }
    int nthreads = argc > 2 ? atoi(argv[2]) : 16;
    int rounds = argc > 3 ? atoi(argv[3]) : 5;
    if (nthreads < 1 || nthreads > 256 || rounds < 1) {
        fprintf(stderr, "threads: 1..256 threads, at least 1 round\n");
        return 2;
    }
    struct vectors vs;
    if (vectors_load(argv[1], &vs) != 0) {
        return 2;
    }
    pthread_t tid[256];
    struct job jobs[256];
    for (int i = 0; i < nthreads; i++) {
        struct job j = {&vs, (size_t)i * 7, rounds, 0};
        jobs[i] = j;
        if (pthread_create(&tid[i], NULL, work, &jobs[i]) != 0) {
            fprintf(stderr, "threads: cannot start thread %d\n", i);
            return 2;
        }
    }
    int failures = 0;
    for (int i = 0; i < nthreads; i++) {
        pthread_join(tid[i], NULL);
        failures += jobs[i].failures;
    }
    long total = (long)nthreads * rounds * (long)vs.len;
    printf("threads: %d threads, %ld evaluations, %d wrong\n", nthreads, total, failures);
    vectors_free(&vs);
    return failures == 0 ? 0 : 1;
}
