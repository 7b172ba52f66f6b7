/*
 * admission_desk: the hospital's question for a patient who lives abroad (seed 002). Reads an
 * inbound case (helserett.inbound_case/1, JSON) from a file or standard input and prints, in
 * bokmål or English, the desk's checklist: entitlement, payer, what to copy at admission, what
 * goes with the invoice to Helfo, the next steps, the reasons and what is still missing. With
 * --json it prints the kernel's decision JSON instead (for an EPJ to store). With --interview
 * it starts from the case (or, with --date, from nothing) and asks the desk the kernel's next
 * question until the case is settled (answers on standard input, one per line; an empty line
 * or end of input stops), then prints the checklist. Every word and every decision is the
 * kernel's; this program only moves bytes.
 *
 *   admission_desk [--lang nb|en] [--params FILE] [--json] [CASE.json | -]
 *   admission_desk [--lang nb|en] [--params FILE] --interview [--date YYYY-MM-DD | CASE.json]
 *
 * --params reads the operator's parameter table (helserett.params/1, overlaid on the built-in
 * one) once; every decision uses it, and the interview's header names it and what it lacks.
 *
 * Exit codes: 0 decided; 2 usage or input error; 3 the case was refused (the field is named).
 */
#include "helserett.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CASE (64 * 1024)

/* The operator's table, read once at start; NULL: the built-in one. */
static helserett_params table;
static const helserett_params *table_in_use = NULL;

static size_t read_all(FILE *f, char *buf, size_t cap);

/* Reads the operator's parameter file into `table`; 0 on failure (the error is printed). */
static int read_table(const char *path) {
    static char json[MAX_CASE];
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        fprintf(stderr, "admission_desk: cannot open %s\n", path);
        return 0;
    }
    size_t n = read_all(f, json, sizeof json);
    fclose(f);
    helserett_error_detail err;
    if (helserett_params_from_json(json, n, HELSERETT_PARAMS_MODE_OVERLAY, &table, &err) != HELSERETT_RESULT_OK) {
        fprintf(stderr, "admission_desk: %s: %s: %s\n", path, err.path, err.message);
        return 0;
    }
    table_in_use = &table;
    return 1;
}

/* Reads a case given as JSON into the fixed-size struct. The desk takes inbound cases
 * (helserett.inbound_case/1) only: a case of another kind is refused at its schema, with the
 * library's text for the code. */
static helserett_result read_inbound(const char *json, size_t len, helserett_case *c,
                                     helserett_error_detail *err) {
    helserett_result r = helserett_case_from_json(json, len, c, err);
    if (r == HELSERETT_RESULT_OK && c->kind != HELSERETT_CASE_KIND_INBOUND) {
        char text[128] = "";
        size_t n = 0;
        r = HELSERETT_RESULT_UNSUPPORTED_SCHEMA;
        helserett_error_text(r, text, sizeof text, &n);
        err->code = r;
        err->needed = 0;
        snprintf(err->path, sizeof err->path, "schema");
        snprintf(err->message, sizeof err->message, "schema: %s", text);
    }
    return r;
}

/* A phrase of the screen from the library's catalogue. */
static const char *ui(const char *code, uint32_t lang, char *buf, size_t cap) {
    size_t n = 0;
    if (helserett_view_text(code, strlen(code), lang, buf, cap, &n) != HELSERETT_RESULT_OK) buf[0] = '\0';
    return buf;
}

/* Asks the kernel's questions until the case is settled; the case is updated in place. Answers
 * as typed: an option's number or label in either language, "vet ikke", "tilbake"; the
 * library reads them all, and says in the desk's language how to answer a refused one. */
static int interview(helserett_case *c, uint32_t lang) {
    char text[512], line[256];
    size_t n;
    helserett_error_detail err;
    helserett_case history[64];
    int depth = 0;
    while (depth < 64) {
        helserett_question q;
        if (helserett_next_question(c, table_in_use, &q, &err) != HELSERETT_RESULT_OK) {
            fprintf(stderr, "admission_desk: %s: %s\n", err.path, err.message);
            return 3;
        }
        if (q.fact == HELSERETT_FACT_NONE) return 0;
        helserett_question_text(q.fact, lang, text, sizeof text, &n);
        printf("%s\n", text);
        for (uint32_t i = 0; i < q.options_len; i++) {
            if (helserett_option_label(q.fact, i, lang, text, sizeof text, &n) == HELSERETT_RESULT_OK)
                printf("  %u) %s\n", i + 1, text);
        }
        if (helserett_answer_help(q.fact, 0, NULL, 0, lang, text, sizeof text, &n) == HELSERETT_RESULT_OK)
            printf("  %s\n", text);
        printf("  %s\n", ui(depth > 0 ? "dont_know_or_back" : "dont_know", lang, text, sizeof text));
        for (;;) {
            printf("> ");
            if (fgets(line, sizeof line, stdin) == NULL || line[0] == '\n') {
                printf("\n");
                return 0;
            }
            line[strcspn(line, "\r\n")] = '\0';
            if (helserett_answer_is_back(line, strlen(line))) {
                if (depth == 0) {
                    printf("  %s\n", ui("first_question", lang, text, sizeof text));
                    continue;
                }
                *c = history[--depth];
                printf("%s\n", ui("taken_back", lang, text, sizeof text));
                break;
            }
            history[depth] = *c;
            helserett_result r =
                helserett_case_answer(c, table_in_use, q.fact, q.index, line, strlen(line), c, &err);
            if (r == HELSERETT_RESULT_OK) {
                depth++;
                break;
            }
            /* The case is untouched: say how to answer, in the desk's language, and ask again. */
            if (helserett_answer_help(q.fact, (uint32_t)r, line, strlen(line), lang, text, sizeof text, &n) ==
                HELSERETT_RESULT_OK)
                printf("  %s\n", text);
        }
    }
    return 0;
}

static size_t read_all(FILE *f, char *buf, size_t cap) {
    size_t n = 0, got;
    while (n < cap && (got = fread(buf + n, 1, cap - n, f)) > 0) n += got;
    return n;
}

int main(int argc, char **argv) {
    uint32_t lang = HELSERETT_LANG_NB;
    int json = 0, ask = 0;
    const char *path = "-";
    const char *date = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
            const char *l = argv[++i];
            if (strcmp(l, "nb") == 0) lang = HELSERETT_LANG_NB;
            else if (strcmp(l, "en") == 0) lang = HELSERETT_LANG_EN;
            else {
                fprintf(stderr, "admission_desk: --lang takes nb or en\n");
                return 2;
            }
        } else if (strcmp(argv[i], "--json") == 0) {
            json = 1;
        } else if (strcmp(argv[i], "--interview") == 0) {
            ask = 1;
        } else if (strcmp(argv[i], "--date") == 0 && i + 1 < argc) {
            date = argv[++i];
        } else if (strcmp(argv[i], "--params") == 0 && i + 1 < argc) {
            if (!read_table(argv[++i])) return 2;
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            fprintf(stderr, "usage: admission_desk [--lang nb|en] [--params FILE] [--json | --interview] "
                            "[--date YYYY-MM-DD] [CASE.json | -]\n");
            return 2;
        } else {
            path = argv[i];
        }
    }
    if (ask) {
        helserett_case c;
        helserett_error_detail err;
        helserett_result r;
        if (date != NULL) {
            unsigned y = 0, m = 0, d = 0;
            if (sscanf(date, "%4u-%2u-%2u", &y, &m, &d) != 3) {
                fprintf(stderr, "admission_desk: --date takes YYYY-MM-DD\n");
                return 2;
            }
            helserett_date on = {(uint16_t)y, (uint8_t)m, (uint8_t)d};
            r = helserett_case_init(HELSERETT_CASE_KIND_INBOUND, on, &c, &err);
        } else {
            FILE *cf = fopen(path, "rb");
            static char buf[MAX_CASE];
            size_t len = cf ? read_all(cf, buf, MAX_CASE) : 0;
            if (cf) fclose(cf);
            r = read_inbound(buf, len, &c, &err);
        }
        if (r != HELSERETT_RESULT_OK) {
            fprintf(stderr, "admission_desk: error %u at %s: %s\n", (unsigned)r, err.path,
                    err.message);
            return 3;
        }
        static char text[32 * 1024];
        size_t n = 0;
        if (helserett_params_summary(table_in_use, c.body.inbound.evaluation_date.year, lang, text, sizeof text,
                                     &n) == HELSERETT_RESULT_OK)
            printf("%s\n", text);
        int code = interview(&c, lang);
        if (code != 0) return code;
        r = helserett_explain(&c, table_in_use, lang, text, sizeof text, &n, &err);
        if (r != HELSERETT_RESULT_OK) {
            fprintf(stderr, "admission_desk: %s\n", err.message);
            return 3;
        }
        fputs(text, stdout);
        return 0;
    }
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (f == NULL) {
        fprintf(stderr, "admission_desk: cannot open %s\n", path);
        return 2;
    }
    char *input = (char *)malloc(MAX_CASE);
    size_t len = input ? read_all(f, input, MAX_CASE) : 0;
    if (f != stdin) fclose(f);
    if (input == NULL || len == MAX_CASE) {
        fprintf(stderr, "admission_desk: the case is larger than %d bytes\n", MAX_CASE);
        free(input);
        return 2;
    }
    /* The case into the fixed-size struct, decided with the operator's table or (NULL) the
     * built-in one. */
    helserett_error_detail err;
    helserett_case c;
    helserett_result r = read_inbound(input, len, &c, &err);
    free(input);
    if (r != HELSERETT_RESULT_OK) {
        fprintf(stderr, "admission_desk: error %u at %s: %s\n", (unsigned)r, err.path, err.message);
        return 3;
    }
    /* Ask for the size first, then write: the kernel says exactly how much it needs. */
    size_t needed = 0;
    if (json) {
        r = helserett_evaluate_case_json(&c, table_in_use, NULL, 0, &needed, &err);
    } else {
        r = helserett_explain(&c, table_in_use, lang, NULL, 0, &needed, &err);
    }
    if (r != HELSERETT_RESULT_BUFFER_TOO_SMALL) {
        fprintf(stderr, "admission_desk: error %u at %s: %s\n", (unsigned)r, err.path, err.message);
        return 3;
    }
    char *out = (char *)malloc(needed);
    size_t n = 0;
    if (out == NULL) {
        return 2;
    }
    if (json) {
        r = helserett_evaluate_case_json(&c, table_in_use, out, needed, &n, &err);
    } else {
        r = helserett_explain(&c, table_in_use, lang, out, needed, &n, &err);
    }
    if (r != HELSERETT_RESULT_OK) {
        fprintf(stderr, "admission_desk: error %u at %s: %s\n", (unsigned)r, err.path, err.message);
        free(out);
        return 3;
    }
    if (json) {
        fwrite(out, 1, n, stdout);
        putchar('\n');
    } else {
        fputs(out, stdout);
    }
    free(out);
    return 0;
}
