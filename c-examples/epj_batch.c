/*
 * epj_batch: JSON Lines of cases in, JSON Lines of decisions out, for a patient-record (EPJ)
 * integration.
 *
 *   epj_batch [INPUT.jsonl]      (stdin when no file is given)
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

int main(int argc, char **argv) {
    FILE *in = stdin;
    if (argc > 2) {
        fprintf(stderr, "usage: epj_batch [INPUT.jsonl]\n");
        return 2;
    }
    if (argc == 2 && (in = fopen(argv[1], "rb")) == NULL) {
        perror(argv[1]);
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
        helserett_result r =
            helserett_evaluate_json((const uint8_t *)line, (size_t)len, out, cap, &n, &err);
        if (r == HELSERETT_RESULT_BUFFER_TOO_SMALL) {
            /* The library said how much it needs: grow once and try again. */
            uint8_t *bigger = realloc(out, n);
            if (bigger == NULL) {
                fprintf(stderr, "epj_batch: out of memory\n");
                return 2;
            }
            out = bigger;
            cap = n;
            r = helserett_evaluate_json((const uint8_t *)line, (size_t)len, out, cap, &n, &err);
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
    if (in != stdin) fclose(in);
    fprintf(stderr, "epj_batch: %ld decided, %ld failed\n", decided, failed);
    if (read_error) {
        fprintf(stderr, "epj_batch: read error\n");
        return 2;
    }
    return failed == 0 ? 0 : 1;
}
