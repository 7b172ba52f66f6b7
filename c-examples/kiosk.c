/*
 * kiosk: a self-service terminal interview for one patient after another, in bokmål or English,
 * through the fixed-size struct path.
 *
 *   kiosk [--lang nb|en] [--date YYYY-MM-DD] [--idle SECONDS] [--log FILE]
 *         [--params FILE] [--audience patient|caseworker|everyone]
 *
 * For each patient: asks the kernel's next question (the case's audience is "patient", so
 * nothing only Helfo or Pasientreiser can establish is asked), reads the answer as typed, and
 * hands it to the library, which reads numbers, option labels, dates such as 4.3.24 or
 * 4. mars 2024, amounts such as kr 145 000 and "vet ikke". A refused answer gets the library's
 * help for that question, in the kiosk's language; "tilbake" (any case) undoes the last
 * answer. When nothing more can be asked, it prints the patient view (no rule codes, dates and
 * amounts written out, what Helfo still settles), waits for Enter, clears the screen and
 * starts again with an empty case. With no answer for --idle seconds (default 120; 0: never)
 * the screen is cleared and the next person starts from the beginning. Every text comes from
 * the library; this program keeps none but its own usage line. Details of a refused answer
 * (English, with the field) go to the --log file, never to the screen. --params reads the
 * operator's parameter table (helserett.params/1, overlaid on the built-in one) once at start;
 * every decision uses it, and the header says which table is in use and what it lacks for the
 * year. --audience caseworker asks what Helfo establishes too (a kiosk at a Helfo desk);
 * everyone asks every fact, the distance and fares for travel included.
 *
 * Exit codes: 0 input ended between patients, 1 input ended in the middle of an interview
 * (the answer so far is printed, with what is still open), 2 usage or a library error.
 */
#define _POSIX_C_SOURCE 200809L /* poll(), read() */

#include "helserett.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define TEXT 512
#define VIEW 32768

static uint32_t lang = HELSERETT_LANG_NB;
static uint32_t audience = HELSERETT_AUDIENCE_PATIENT;
/* The operator's table, read once at start; NULL: the built-in one. */
static helserett_params table;
static const helserett_params *table_in_use = NULL;
static int idle_seconds = 120;
static FILE *log_file = NULL;

/* A phrase of the kiosk screen from the library's catalogue. */
static const char *ui(const char *code) {
    static char buf[8][TEXT];
    static int next = 0;
    char *b = buf[next++ % 8];
    size_t n = 0;
    if (helserett_view_text(code, strlen(code), lang, b, TEXT, &n) != HELSERETT_RESULT_OK) {
        b[0] = '\0';
    }
    return b;
}

/* Clears the screen and its scrollback, so that no one sees the previous person's answers. */
static void clear_screen(void) {
    printf("\033[3J\033[H\033[2J");
    fflush(stdout);
}

enum got { GOT_LINE, GOT_IDLE, GOT_END };

/* Input read ahead but not yet handed out. The kiosk reads standard input itself, not through
 * stdio, so that waiting for the idle timeout never misses a line already read ahead. */
static char pending[4096];
static size_t pending_len = 0;
static int input_ended = 0;

/* Reads one line without its line ending, waiting at most the idle time for it. */
static enum got read_line(char *line, size_t cap) {
    fflush(stdout);
    for (;;) {
        char *nl = (char *)memchr(pending, '\n', pending_len);
        if (nl != NULL || pending_len == sizeof pending || (input_ended && pending_len > 0)) {
            size_t take = nl != NULL ? (size_t)(nl - pending) : pending_len;
            size_t copy = take < cap - 1 ? take : cap - 1;
            memcpy(line, pending, copy);
            line[copy] = '\0';
            line[strcspn(line, "\r")] = '\0';
            size_t used = nl != NULL ? take + 1 : take;
            memmove(pending, pending + used, pending_len - used);
            pending_len -= used;
            return GOT_LINE;
        }
        if (input_ended) {
            return GOT_END;
        }
        if (idle_seconds > 0) {
            struct pollfd p = {0, POLLIN, 0};
            int r = poll(&p, 1, idle_seconds * 1000);
            if (r < 0 && errno == EINTR) {
                continue;
            }
            if (r == 0) {
                return GOT_IDLE;
            }
        }
        ssize_t got = read(0, pending + pending_len, sizeof pending - pending_len);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got <= 0) {
            input_ended = 1;
        } else {
            pending_len += (size_t)got;
        }
    }
}

/* What ask() did with the question. */
enum asked { ASKED_ANSWERED, ASKED_UNDO, ASKED_IDLE, ASKED_END };

/* Asks one question until the answer is accepted, the patient goes back, or no one answers. */
static enum asked ask(helserett_case *c, const helserett_question *q, int number, int can_undo) {
    char text[TEXT], line[TEXT];
    size_t n = 0;
    printf("\n%s %d\n", ui("question"), number);
    if (helserett_question_text(q->fact, lang, text, TEXT, &n) == HELSERETT_RESULT_OK) {
        printf("%s", text);
    }
    if (q->index >= 0 &&
        helserett_date_text(c->body.outbound.treatment.dates[q->index].date, lang, text, TEXT, &n) ==
            HELSERETT_RESULT_OK) {
        printf(" (%s)", text);
    }
    printf("\n");
    for (uint32_t i = 0; i < q->options_len; i++) {
        if (helserett_option_label(q->fact, i, lang, text, TEXT, &n) == HELSERETT_RESULT_OK) {
            printf("  %u) %s\n", i + 1, text);
        }
    }
    if (helserett_answer_help(q->fact, 0, NULL, 0, lang, text, TEXT, &n) == HELSERETT_RESULT_OK) {
        printf("  %s\n", text);
    }
    printf("  %s\n", can_undo ? ui("dont_know_or_back") : ui("dont_know"));
    for (;;) {
        printf("> ");
        switch (read_line(line, sizeof line)) {
        case GOT_IDLE: return ASKED_IDLE;
        case GOT_END: return ASKED_END;
        case GOT_LINE: break;
        }
        if (helserett_answer_is_back(line, strlen(line))) {
            if (can_undo) {
                return ASKED_UNDO;
            }
            printf("  %s\n", ui("first_question"));
            continue;
        }
        helserett_error_detail err;
        helserett_result r = helserett_case_answer(c, table_in_use, q->fact, q->index, line, strlen(line), c, &err);
        if (r == HELSERETT_RESULT_OK) {
            return ASKED_ANSWERED;
        }
        /* What was wrong and how to answer, in the kiosk's language; the detail is for the log. */
        if (helserett_answer_help(q->fact, (uint32_t)r, line, strlen(line), lang, text, TEXT, &n) != HELSERETT_RESULT_OK) {
            strcpy(text, ui("not_understood"));
        }
        printf("  %s\n", text);
        if (log_file != NULL) {
            fprintf(log_file, "kiosk: refused answer: %s\n", err.message);
            fflush(log_file);
        }
    }
}

/* Reads the operator's parameter file into `table`; 0 on failure (the error is printed). */
static int read_table(const char *path) {
    static char json[64 * 1024];
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        fprintf(stderr, "kiosk: cannot open %s\n", path);
        return 0;
    }
    size_t n = fread(json, 1, sizeof json, f);
    int complete = feof(f) != 0;
    fclose(f);
    if (!complete) {
        fprintf(stderr, "kiosk: %s is larger than %zu bytes\n", path, sizeof json);
        return 0;
    }
    helserett_error_detail err;
    if (helserett_params_from_json(json, n, HELSERETT_PARAMS_MODE_OVERLAY, &table, &err) != HELSERETT_RESULT_OK) {
        fprintf(stderr, "kiosk: %s: %s: %s\n", path, err.path, err.message);
        return 0;
    }
    table_in_use = &table;
    return 1;
}

/* Prints the patient view of the case. */
static int print_view(const helserett_case *c) {
    static char view[VIEW];
    size_t n = 0;
    helserett_error_detail err;
    if (helserett_view(c, table_in_use, lang, view, sizeof view, &n, &err) != HELSERETT_RESULT_OK) {
        fprintf(stderr, "kiosk: %s\n", err.message);
        return 0;
    }
    printf("\n%s\n", view);
    return 1;
}

/* Today's date on this machine: the kiosk asks on the day it is used (--date overrides). */
static helserett_date today(void) {
    time_t now = time(NULL);
    struct tm *tm = localtime(&now);
    helserett_date d = {0, 0, 0};
    if (tm != NULL) {
        d.year = (uint16_t)(tm->tm_year + 1900);
        d.month = (uint8_t)(tm->tm_mon + 1);
        d.day = (uint8_t)tm->tm_mday;
    }
    return d;
}

enum served { SERVED_DONE, SERVED_IDLE, SERVED_END_BETWEEN, SERVED_END_DURING, SERVED_ERROR };

/* One person, from an empty case to the answer (or until they walk away). */
static enum served serve(helserett_date date) {
    helserett_case c;
    helserett_error_detail err;
    if (helserett_case_init(HELSERETT_CASE_KIND_OUTBOUND, date, &c, &err) != HELSERETT_RESULT_OK) {
        fprintf(stderr, "kiosk: %s\n", err.message);
        return SERVED_ERROR;
    }
    c.body.outbound.audience = audience;
    char summary[TEXT];
    size_t n = 0;
    if (helserett_params_summary(table_in_use, date.year, lang, summary, sizeof summary, &n) != HELSERETT_RESULT_OK) {
        summary[0] = '\0';
    }
    printf("%s\n%s\n%s\n", ui("kiosk_title"), summary, ui("kiosk_intro"));
    /* The case before each answer, so that "tilbake" can restore it. */
    static helserett_case history[128];
    int depth = 0;
    for (;;) {
        helserett_question q;
        if (helserett_next_question(&c, table_in_use, &q, &err) != HELSERETT_RESULT_OK) {
            fprintf(stderr, "kiosk: %s\n", err.message);
            return SERVED_ERROR;
        }
        if (q.fact == HELSERETT_FACT_NONE) {
            break;
        }
        if (depth == (int)(sizeof history / sizeof history[0])) {
            return SERVED_ERROR;
        }
        history[depth] = c;
        switch (ask(&c, &q, depth + 1, depth > 0)) {
        case ASKED_ANSWERED: depth++; break;
        case ASKED_UNDO:
            c = history[--depth];
            printf("%s\n", ui("taken_back"));
            break;
        case ASKED_IDLE: return SERVED_IDLE;
        case ASKED_END:
            if (depth == 0) {
                return SERVED_END_BETWEEN;
            }
            printf("\n%s\n", ui("aborted"));
            print_view(&c);
            return SERVED_END_DURING;
        }
    }
    printf("\n%s\n", ui("done"));
    if (!print_view(&c)) {
        return SERVED_ERROR;
    }
    printf("\n%s\n", ui("next_patient"));
    char line[TEXT];
    switch (read_line(line, sizeof line)) {
    case GOT_IDLE: return SERVED_IDLE;
    case GOT_END: return SERVED_END_BETWEEN;
    case GOT_LINE: return SERVED_DONE;
    }
    return SERVED_DONE;
}

int main(int argc, char **argv) {
    helserett_date date = today();
    int date_given = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
            const char *l = argv[++i];
            if (strcmp(l, "nb") == 0) {
                lang = HELSERETT_LANG_NB;
            } else if (strcmp(l, "en") == 0) {
                lang = HELSERETT_LANG_EN;
            } else {
                fprintf(stderr, "kiosk: --lang nb|en\n");
                return 2;
            }
        } else if (strcmp(argv[i], "--date") == 0 && i + 1 < argc) {
            unsigned y, m, d;
            if (sscanf(argv[++i], "%4u-%2u-%2u", &y, &m, &d) != 3) {
                fprintf(stderr, "kiosk: --date YYYY-MM-DD\n");
                return 2;
            }
            date.year = (uint16_t)y;
            date.month = (uint8_t)m;
            date.day = (uint8_t)d;
            date_given = 1;
        } else if (strcmp(argv[i], "--idle") == 0 && i + 1 < argc) {
            char *end = NULL;
            long s = strtol(argv[++i], &end, 10);
            if (end == argv[i] || *end != '\0' || s < 0 || s > 86400) {
                fprintf(stderr, "kiosk: --idle SECONDS (0 to 86400)\n");
                return 2;
            }
            idle_seconds = (int)s;
        } else if (strcmp(argv[i], "--params") == 0 && i + 1 < argc) {
            if (!read_table(argv[++i])) {
                return 2;
            }
        } else if (strcmp(argv[i], "--audience") == 0 && i + 1 < argc) {
            const char *a = argv[++i];
            if (strcmp(a, "patient") == 0) {
                audience = HELSERETT_AUDIENCE_PATIENT;
            } else if (strcmp(a, "caseworker") == 0) {
                audience = HELSERETT_AUDIENCE_CASEWORKER;
            } else if (strcmp(a, "everyone") == 0) {
                audience = HELSERETT_AUDIENCE_EVERYONE;
            } else {
                fprintf(stderr, "kiosk: --audience patient|caseworker|everyone\n");
                return 2;
            }
        } else if (strcmp(argv[i], "--log") == 0 && i + 1 < argc) {
            log_file = fopen(argv[++i], "a");
            if (log_file == NULL) {
                fprintf(stderr, "kiosk: cannot open the log %s\n", argv[i]);
                return 2;
            }
        } else {
            fprintf(stderr, "usage: kiosk [--lang nb|en] [--date YYYY-MM-DD] [--idle SECONDS] [--log FILE]\n"
                            "             [--params FILE] [--audience patient|caseworker|everyone]\n");
            return 2;
        }
    }
    printf("helserett %s\n", helserett_version());
    for (;;) {
        /* A kiosk left running past midnight asks on the new day. */
        if (!date_given) {
            date = today();
        }
        switch (serve(date)) {
        case SERVED_DONE: clear_screen(); break;
        case SERVED_IDLE:
            clear_screen();
            printf("%s\n\n", ui("timed_out"));
            break;
        case SERVED_END_BETWEEN: return 0;
        case SERVED_END_DURING: return 1;
        case SERVED_ERROR: return 2;
        }
    }
}
