/*
 * Reads the shared test vectors (the JSON files in tests/vectors/) for the C conformance runner and the
 * thread test: just enough JSON to take each test's id, exact input and exact expected
 * decision, or its expected error.
 */
#ifndef VECTORS_H
#define VECTORS_H

#include <stddef.h>

struct vector {
    char *id;
    char *input;
    size_t input_len;
    char *expected; /* NULL for an error vector */
    size_t expected_len;
    long error_code;
    char *error_path;
    char *error_message;
};

struct vectors {
    struct vector *items;
    size_t len;
    char *arena; /* every string above points into it */
};

/* Loads a vector file; returns 0 on success, prints why and returns -1 otherwise. */
int vectors_load(const char *path, struct vectors *out);
void vectors_free(struct vectors *v);

#endif
