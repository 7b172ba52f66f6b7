/*
 * epj_batch: JSON Lines of cases in, JSON Lines of decisions out, for a patient-record (EPJ)
 * integration.
 *
 *   epj_batch [--params TABLE.json] [INPUT.jsonl]      (stdin when no file is given)
 *
 * With --params, the parameter table file (helserett.params/1, overlaid on the built-in table)
 * is read once into a caller-allocated helserett_params and every line is decided with it:
 * what an integration does to supply this year's rates.
 *
 * Each non-empty input line gives one output line: the decision JSON (byte for byte what the
 * Rust kernel writes), or for a bad line {"line":N,"error":{"code":C,"path":"...",
 * "message":"..."}}. Bad lines are also reported on stderr as "line N: message", and the run
 * goes on with the next line. Exit code: 0 every line decided, 1 some line failed, 2 the input
 * could not be read.
 */
#define _POSIX_C_SOURCE 200809L
#include "helserett.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Writes a string as a JSON string literal. */
static void json_string(FILE *out, const char *s) {
    fputc('"', out);
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '"' || ch == '\\') {
            fputc('\\', out);
            fputc(ch, out);
        } else if (ch < 0x20) {
            fprintf(out, "\\u%04x", ch);
        } else {
            fputc(ch, out);
        }
    }
    fputc('"', out);
}

/* Reads a whole file into memory; NULL on failure (reported). */
static uint8_t *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        perror(path);
        return NULL;
    }
    size_t cap = 4096, n = 0;
    uint8_t *buf = malloc(cap);
    size_t got;
    while (buf != NULL && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            uint8_t *bigger = realloc(buf, cap * 2);
            if (bigger == NULL) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = bigger;
            cap *= 2;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

/* One decision with the built-in table, or with the caller's when one was read. */
static helserett_result decide(const helserett_params *params, const char *line, size_t len,
                               uint8_t *out, size_t cap, size_t *n, helserett_error_detail *err) {
    if (params != NULL) {
        return helserett_evaluate_json_with_table((const uint8_t *)line, len, params, out, cap,
                                                  n, err);
    }
    return helserett_evaluate_json((const uint8_t *)line, len, out, cap, n, err);
}

int main(int argc, char **argv) {
    FILE *in = stdin;
    helserett_params *params = NULL;
    int arg = 1;
    if (argc > 2 && strcmp(argv[1], "--params") == 0) {
        size_t table_len = 0;
        uint8_t *table = read_file(argv[2], &table_len);
        if (table == NULL) return 2;
        /* About 15 KiB: on the heap, filled once, used for every line. */
        params = malloc(sizeof *params);
        helserett_error_detail err;
        if (params == NULL ||
            helserett_params_from_json(table, table_len, HELSERETT_PARAMS_MODE_OVERLAY, params,
                                       &err) != HELSERETT_RESULT_OK) {
            fprintf(stderr, "epj_batch: %s: %s\n", argv[2], params ? err.message : "out of memory");
            free(table);
            free(params);
            return 2;
        }
        free(table);
        arg = 3;
    }
    if (argc > arg + 1) {
        fprintf(stderr, "usage: epj_batch [--params TABLE.json] [INPUT.jsonl]\n");
        free(params);
        return 2;
    }
    if (argc == arg + 1 && (in = fopen(argv[arg], "rb")) == NULL) {
        perror(argv[arg]);
        free(params);
        return 2;
    }
    size_t cap = 16 * 1024;
    uint8_t *out = malloc(cap);
    char *line = NULL;
    size_t line_cap = 0;
    ssize_t len;
    long number = 0, decided = 0, failed = 0;
    while ((len = getline(&line, &line_cap, in)) != -1) {
        number++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) len--;
        if (len == 0) {
            continue;
        }
        size_t n = 0;
        helserett_error_detail err;
        helserett_result r = decide(params, line, (size_t)len, out, cap, &n, &err);
        if (r == HELSERETT_RESULT_BUFFER_TOO_SMALL) {
            /* The library said how much it needs: grow once and try again. */
            uint8_t *bigger = realloc(out, n);
            if (bigger == NULL) {
                fprintf(stderr, "epj_batch: out of memory\n");
                return 2;
            }
            out = bigger;
            cap = n;
            r = decide(params, line, (size_t)len, out, cap, &n, &err);
        }
        if (r == HELSERETT_RESULT_OK) {
            fwrite(out, 1, n, stdout);
            fputc('\n', stdout);
            decided++;
        } else {
            failed++;
            fprintf(stderr, "line %ld: %s\n", number, err.message);
            printf("{\"line\":%ld,\"error\":{\"code\":%u,\"path\":", number, (unsigned)err.code);
            json_string(stdout, err.path);
            printf(",\"message\":");
            json_string(stdout, err.message);
            printf("}}\n");
        }
    }
    int read_error = ferror(in);
    free(line);
    free(out);
    free(params);
    if (in != stdin) fclose(in);
    fprintf(stderr, "epj_batch: %ld decided, %ld failed\n", decided, failed);
    if (read_error) {
        fprintf(stderr, "epj_batch: read error\n");
        return 2;
    }
    return failed == 0 ? 0 : 1;
}
