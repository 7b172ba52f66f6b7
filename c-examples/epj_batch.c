/*
 * epj_batch: JSON Lines of cases in, JSON Lines of decisions out, for a patient-record (EPJ)
 * integration.
 *
 *   epj_batch [--params TABLE.json] [--threads N] [--number] [INPUT.jsonl | -]
 *
 * Reads INPUT.jsonl, or stdin when it is "-" or not given. With --params, the parameter table
 * file (helserett.params/1, overlaid on the built-in table) is read once into a
 * caller-allocated helserett_params and every line is decided with it: what an integration
 * does to supply this year's rates. --threads N decides on N threads (default: one per core);
 * the output keeps the input's order. --number wraps each answer as {"line":N,"decision":...}
 * so that it names its input line.
 *
 * Each input line that is not blank gives one output line: the decision JSON (byte for byte
 * what the Rust kernel writes), or for a bad line {"line":N,"id":"..." or null,"error":{"code":C,
 * "kind":"...","path":"...","message":"..."}}, the CLI's shape, with the case's id whenever it
 * could be read. Bad lines are also reported on stderr as "line N: message", and the run
 * goes on with the next line; every 100 000 lines a progress line goes to stderr.
 *
 * Exit codes: 0 every line decided, 1 some line failed, 2 usage, the input or the table could
 * not be read, or the output could not be written.
 */
#define _POSIX_C_SOURCE 200809L
#include "helserett.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char USAGE[] =
    "usage: epj_batch [--params TABLE.json] [--threads N] [--number] [INPUT.jsonl | -]\n"
    "JSON Lines of cases in (stdin for - or none), one decision or error per line out.\n"
    "exit codes: 0 every line decided, 1 some line failed, 2 usage or unreadable input\n";

/* Lines are decided a block at a time: read, decided on every thread, written in order. */
#define BLOCK 4096
#define PROGRESS_EVERY 100000

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
static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        perror(path);
        return NULL;
    }
    size_t cap = 4096, n = 0;
    char *buf = (char *)malloc(cap);
    size_t got;
    while (buf != NULL && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *bigger = (char *)realloc(buf, cap * 2);
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

/* One decision with the caller's table when one was read, else (NULL) the built-in one. */
static helserett_result decide(const helserett_params *params, const char *line, size_t len,
                               char *out, size_t cap, size_t *n, helserett_error_detail *err) {
    return helserett_evaluate_json(line, len, params, out, cap, n, err);
}

/* One input line and what became of it. */
typedef struct {
    char *text;
    size_t len;
    long number;
    helserett_result result;
    char *out; /* the decision, malloc'd, on success */
    size_t out_len;
    helserett_error_detail err;
} job;

typedef struct {
    const helserett_params *params;
    job *jobs;
    size_t count, first, step;
} worker;

/* Decides one line into memory of its own, growing it once when the library says so. */
static void run_job(const helserett_params *params, job *j) {
    size_t cap = 8 * 1024, n = 0;
    j->out = (char *)malloc(cap);
    if (j->out == NULL) {
        j->result = HELSERETT_RESULT_INTERNAL;
        strcpy(j->err.message, "out of memory");
        strcpy(j->err.path, "$");
        j->err.code = HELSERETT_RESULT_INTERNAL;
        return;
    }
    j->result = decide(params, j->text, j->len, j->out, cap, &n, &j->err);
    if (j->result == HELSERETT_RESULT_BUFFER_TOO_SMALL) {
        char *bigger = (char *)realloc(j->out, n);
        if (bigger != NULL) {
            j->out = bigger;
            j->result = decide(params, j->text, j->len, j->out, n, &n, &j->err);
        }
    }
    j->out_len = n;
}

static void *work(void *arg) {
    worker *w = (worker *)arg;
    for (size_t i = w->first; i < w->count; i += w->step) {
        run_job(w->params, &w->jobs[i]);
    }
    return NULL;
}

/* Whether the line holds nothing but white space. */
static int blank(const char *s, size_t len) {
    for (size_t i = 0; i < len; i++) {
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n') return 0;
    }
    return 1;
}

int main(int argc, char **argv) {
    FILE *in = stdin;
    helserett_params *params = NULL;
    const char *input = NULL;
    long threads = sysconf(_SC_NPROCESSORS_ONLN);
    int number_lines = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(USAGE, stdout);
            free(params);
            return 0;
        } else if (strcmp(argv[i], "--number") == 0) {
            number_lines = 1;
        } else if (strcmp(argv[i], "--threads") == 0 && i + 1 < argc) {
            char *end = NULL;
            threads = strtol(argv[++i], &end, 10);
            if (*end != '\0' || threads < 1 || threads > 256) {
                fprintf(stderr, "epj_batch: --threads takes 1 to 256\n%s", USAGE);
                free(params);
                return 2;
            }
        } else if (strcmp(argv[i], "--params") == 0 && i + 1 < argc && params == NULL) {
            const char *path = argv[++i];
            size_t table_len = 0;
            char *table = read_file(path, &table_len);
            if (table == NULL) return 2;
            /* About 15 KiB: on the heap, filled once, used for every line. */
            params = (helserett_params *)malloc(sizeof *params);
            helserett_error_detail err;
            if (params == NULL ||
                helserett_params_from_json(table, table_len, HELSERETT_PARAMS_MODE_OVERLAY, params,
                                           &err) != HELSERETT_RESULT_OK) {
                fprintf(stderr, "epj_batch: %s: %s\n", path, params ? err.message : "out of memory");
                free(table);
                free(params);
                return 2;
            }
            free(table);
        } else if (input == NULL && (argv[i][0] != '-' || strcmp(argv[i], "-") == 0)) {
            input = argv[i];
        } else {
            fprintf(stderr, "epj_batch: unexpected argument %s\n%s", argv[i], USAGE);
            free(params);
            return 2;
        }
    }
    if (threads < 1) threads = 1;
    if (input != NULL && strcmp(input, "-") != 0 && (in = fopen(input, "rb")) == NULL) {
        perror(input);
        free(params);
        return 2;
    }
    job *jobs = (job *)calloc(BLOCK, sizeof *jobs);
    worker *workers = (worker *)calloc((size_t)threads, sizeof *workers);
    pthread_t *ids = (pthread_t *)calloc((size_t)threads, sizeof *ids);
    if (jobs == NULL || workers == NULL || ids == NULL) {
        fprintf(stderr, "epj_batch: out of memory\n");
        return 2;
    }
    char *line = NULL;
    size_t line_cap = 0;
    ssize_t len = 0;
    long number = 0, decided = 0, failed = 0;
    int more = 1;
    while (more) {
        /* Read a block of lines that are not blank. */
        size_t count = 0;
        while (count < BLOCK && (len = getline(&line, &line_cap, in)) != -1) {
            number++;
            while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) len--;
            if (blank(line, (size_t)len)) continue;
            job *j = &jobs[count++];
            memset(j, 0, sizeof *j);
            j->text = (char *)malloc((size_t)len + 1);
            if (j->text == NULL) {
                fprintf(stderr, "epj_batch: out of memory\n");
                return 2;
            }
            memcpy(j->text, line, (size_t)len);
            j->len = (size_t)len;
            j->number = number;
        }
        more = count == BLOCK;
        /* Decide them: a small block on this thread, a large one on every thread. */
        long use = count < 64 ? 1 : threads;
        for (long t = 0; t < use; t++) {
            worker w = {params, jobs, count, (size_t)t, (size_t)use};
            workers[t] = w;
        }
        long started = 0;
        for (long t = 1; t < use; t++) {
            if (pthread_create(&ids[t], NULL, work, &workers[t]) != 0) break;
            started = t;
        }
        /* This thread takes its share, and the share of any thread that did not start. */
        work(&workers[0]);
        for (long t = started + 1; t < use; t++) work(&workers[t]);
        for (long t = 1; t <= started; t++) pthread_join(ids[t], NULL);
        /* Write the answers in input order. */
        for (size_t i = 0; i < count; i++) {
            job *j = &jobs[i];
            if (j->result == HELSERETT_RESULT_OK) {
                if (number_lines) printf("{\"line\":%ld,\"decision\":", j->number);
                fwrite(j->out, 1, j->out_len, stdout);
                if (number_lines) fputc('}', stdout);
                fputc('\n', stdout);
                decided++;
            } else {
                failed++;
                fprintf(stderr, "line %ld: %s\n", j->number, j->err.message);
                /* The one error shape of every batch (the CLI's too): the case's id when it
                   could be read, the kind's name, the path and the message. */
                printf("{\"line\":%ld,\"id\":", j->number);
                if (j->err.id[0]) {
                    json_string(stdout, j->err.id);
                } else {
                    printf("null");
                }
                printf(",\"error\":{\"code\":%u,\"kind\":", (unsigned)j->err.code);
                json_string(stdout, j->err.kind);
                printf(",\"path\":");
                json_string(stdout, j->err.path);
                printf(",\"message\":");
                json_string(stdout, j->err.message);
                printf("}}\n");
            }
            free(j->text);
            free(j->out);
            long done = decided + failed;
            if (done % PROGRESS_EVERY == 0) {
                fprintf(stderr, "epj_batch: %ld lines, %ld failed\n", done, failed);
            }
        }
    }
    int read_error = ferror(in);
    /* Output lost (a full disk, a closed pipe) is a failure, not a success. */
    int write_error = fflush(stdout) != 0 || ferror(stdout);
    free(line);
    free(jobs);
    free(workers);
    free(ids);
    free(params);
    if (in != stdin) fclose(in);
    fprintf(stderr, "epj_batch: %ld decided, %ld failed\n", decided, failed);
    if (read_error || write_error) {
        fprintf(stderr, "epj_batch: %s error\n", read_error ? "read" : "write");
        return 2;
    }
    return failed == 0 ? 0 : 1;
}
