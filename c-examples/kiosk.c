/*
 * kiosk: a terminal interview in bokmål or English through the fixed-size struct path.
 *
 *   kiosk [--lang nb|en] [--date YYYY-MM-DD]
 *
 * Asks the kernel's next question, reads the answer from stdin, records it, repeats until the
 * case is settled, then prints the decision: the recommended route, amounts, deadlines,
 * documents and reasons. Choices can be answered by number; amounts are asked in kroner and
 * passed to the kernel in øre. A rejected answer is explained and asked again.
 *
 * Exit codes: 0 settled and printed, 1 input ended before the interview did, 2 usage or a
 * library error.
 */
#include "helserett.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define TEXT 512

static uint32_t lang = HELSERETT_LANG_NB;

static const char *t(const char *nb, const char *en) {
    return lang == HELSERETT_LANG_NB ? nb : en;
}

/* Texts from the library's tables; on an unexpected failure, an empty string. */
typedef helserett_result (*text_fn)(uint32_t, uint32_t, char *, size_t, size_t *);

static const char *text(text_fn f, uint32_t number, char *buf) {
    size_t n = 0;
    if (f(number, lang, buf, TEXT, &n) != HELSERETT_RESULT_OK) {
        buf[0] = '\0';
    }
    return buf;
}

/* The rule a reason cites (EEA-10), shown beside its text. */
static const char *reason_code(uint32_t number, char *buf) {
    size_t n = 0;
    if (helserett_reason_rule(number, buf, TEXT, &n) != HELSERETT_RESULT_OK) {
        buf[0] = '\0';
    }
    return buf;
}

/* A route's name in the kiosk's language, from the library's text catalogue. */
static const char *route_name(uint32_t route, char *buf) {
    size_t n = 0;
    if (helserett_text(HELSERETT_TEXT_KIND_ROUTE, route, lang, buf, TEXT, &n) != HELSERETT_RESULT_OK) {
        strcpy(buf, "-");
    }
    return buf;
}

/* Reads one line without its newline; returns 0 at end of input. */
static int read_line(char *line, size_t cap) {
    if (fgets(line, (int)cap, stdin) == NULL) {
        return 0;
    }
    line[strcspn(line, "\r\n")] = '\0';
    return 1;
}

/* "1450" or "1450,50" kroner to "145050" øre; returns 0 if not an amount. */
static int kroner_to_ore(const char *in, char *out, size_t cap) {
    long long kr = 0, ore = 0;
    int digits = 0, decimals = -1;
    for (const char *p = in; *p != '\0'; p++) {
        if (*p >= '0' && *p <= '9') {
            if (decimals >= 0) {
                if (decimals == 2) {
                    return 0;
                }
                ore = ore * 10 + (*p - '0');
                decimals++;
            } else {
                if (kr > 100000000000LL) {
                    return 0;
                }
                kr = kr * 10 + (*p - '0');
            }
            digits++;
        } else if ((*p == ',' || *p == '.') && decimals < 0) {
            decimals = 0;
        } else if (*p != ' ') {
            return 0;
        }
    }
    if (digits == 0) {
        return 0;
    }
    if (decimals == 1) {
        ore *= 10;
    }
    snprintf(out, cap, "%lld", kr * 100 + ore);
    return 1;
}

static void print_amount(const char *label, int64_t ore) {
    if (ore == HELSERETT_UNKNOWN) {
        printf("  %-28s %s\n", label, t("ukjent", "unknown"));
    } else {
        printf("  %-28s kr %lld,%02lld\n", label, (long long)(ore / 100), (long long)(ore % 100));
    }
}

/* A verdict in the kiosk's language, from the library's text catalogue; "-" when the part was
 * not assessed (HELSERETT_VERDICT_NOT_ASSESSED has no text). */
static const char *verdict(uint32_t v, char *buf) {
    size_t n = 0;
    if (helserett_text(HELSERETT_TEXT_KIND_VERDICT, v, lang, buf, TEXT, &n) != HELSERETT_RESULT_OK) {
        strcpy(buf, "-");
    }
    return buf;
}

static void print_date(const char *label, helserett_date d) {
    if (d.year == 0) {
        printf("  %-28s -\n", label);
    } else {
        printf("  %-28s %04u-%02u-%02u\n", label, d.year, d.month, d.day);
    }
}

static void print_decision(const helserett_decision *d) {
    char buf[TEXT];
    char vbuf[TEXT];
    printf("\n== %s ==\n", t("Vedtak", "Decision"));
    printf("  %-28s %s\n", t("Anbefalt ordning:", "Recommended route:"),
           d->recommended == HELSERETT_ROUTE_NONE ? "-" : route_name(d->recommended, buf));
    for (uint32_t i = 0; i < d->routes_len; i++) {
        printf("    %-26s %s\n", route_name(d->routes[i].route, buf),
               verdict(d->routes[i].verdict, vbuf));
    }
    printf("  %-28s %s\n", t("EØS-refusjon:", "EEA refund:"), verdict(d->verdict, vbuf));
    print_amount(t("Refusjon:", "Refund:"), d->refund.refund_ore);
    print_amount(t("Egen andel:", "Patient's share:"), d->refund.patient_share_ore);
    print_amount(t("Egenandel:", "User fee:"), d->user_fee.amount_ore);
    print_amount(t("Reiseutgifter:", "Travel:"), d->travel.amount_ore);
    for (uint32_t i = 0; i < d->deadlines_len; i++) {
        const helserett_deadline *dl = &d->deadlines[i];
        print_date(t("Behandlingsdato:", "Treatment date:"), dl->treatment_date);
        print_date(t("  Søknadsfrist:", "  Claim deadline:"),
                   dl->deadline.year != 0 ? dl->deadline : dl->safe_deadline);
    }
    if (d->claim_documents_len > 0) {
        printf("  %s\n", t("Dokumenter til kravet:", "Documents for the claim:"));
        for (uint32_t i = 0; i < d->claim_documents_len; i++) {
            printf("    - %s\n", text(helserett_document_text, d->claim_documents[i].document, buf));
        }
    }
    printf("  %s\n", t("Begrunnelse:", "Reasons:"));
    for (uint32_t i = 0; i < d->reasons_len; i++) {
        char code[TEXT];
        printf("    [%s] %s\n", reason_code(d->reasons[i], code),
               text(helserett_reason_text, d->reasons[i], buf));
    }
}

/* Asks one question until the answer is accepted; returns 0 at end of input. */
static int ask(helserett_case *c, const helserett_question *q) {
    char buf[TEXT], line[TEXT], answer[TEXT];
    for (;;) {
        printf("\n%s", text(helserett_question_text, q->fact, buf));
        if (q->index >= 0) {
            helserett_date d = c->treatment.dates[q->index].date;
            printf(" (%04u-%02u-%02u)", d.year, d.month, d.day);
        }
        printf("\n");
        switch (q->answer_kind) {
        case HELSERETT_ANSWER_KIND_YES_NO: printf("  %s\n", t("[ja/nei]", "[yes/no]")); break;
        case HELSERETT_ANSWER_KIND_CHOICE:
        case HELSERETT_ANSWER_KIND_CHOICES:
            /* The options' labels in the kiosk's language; the answer sent is the option. */
            for (uint32_t i = 0; i < q->options_len; i++) {
                size_t n = 0;
                if (helserett_option_label(q->fact, i, lang, buf, TEXT, &n) == HELSERETT_RESULT_OK) {
                    printf("  %u) %s\n", i + 1, buf);
                }
            }
            break;
        case HELSERETT_ANSWER_KIND_DATE: printf("  [YYYY-MM-DD]\n"); break;
        case HELSERETT_ANSWER_KIND_DATES: printf("  [YYYY-MM-DD, ...]\n"); break;
        case HELSERETT_ANSWER_KIND_AMOUNT_ORE: printf("  [%s]\n", t("kroner", "kroner")); break;
        default: break;
        }
        printf("> ");
        if (!read_line(line, sizeof line)) {
            return 0;
        }
        strcpy(answer, line);
        char *end = NULL;
        long pick = strtol(line, &end, 10);
        if (q->answer_kind == HELSERETT_ANSWER_KIND_CHOICE && end != line && *end == '\0' &&
            pick >= 1 && (unsigned long)pick <= q->options_len) {
            size_t n = 0;
            helserett_question_option(q->fact, (uint32_t)pick - 1, answer, TEXT, &n);
        } else if (q->answer_kind == HELSERETT_ANSWER_KIND_AMOUNT_ORE &&
                   !kroner_to_ore(line, answer, sizeof answer)) {
            strcpy(answer, line); /* let the library say what is wrong with it */
        }
        helserett_error_detail err;
        helserett_result r = helserett_case_answer(c, q->fact, q->index, answer, strlen(answer), c, &err);
        if (r == HELSERETT_RESULT_OK) {
            return 1;
        }
        printf("  %s %s\n", t("Ugyldig svar:", "Invalid answer:"), err.message);
    }
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

int main(int argc, char **argv) {
    helserett_date date = today();
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
        } else {
            fprintf(stderr, "usage: kiosk [--lang nb|en] [--date YYYY-MM-DD]\n");
            return 2;
        }
    }

    helserett_case c;
    helserett_error_detail err;
    if (helserett_case_init(date, &c, &err) != HELSERETT_RESULT_OK) {
        fprintf(stderr, "kiosk: %s\n", err.message);
        return 2;
    }
    printf("helserett %s\n", helserett_version());
    for (int asked = 0;; asked++) {
        helserett_question q;
        if (helserett_next_question(&c, &q, &err) != HELSERETT_RESULT_OK) {
            fprintf(stderr, "kiosk: %s\n", err.message);
            return 2;
        }
        if (q.fact == HELSERETT_FACT_NONE) {
            printf("\n%s (%d)\n", t("Ferdig: alle spørsmål er besvart.", "Done: every question is answered."), asked);
            break;
        }
        if (!ask(&c, &q)) {
            printf("\n%s\n", t("Avbrutt.", "Aborted."));
            return 1;
        }
    }
    helserett_decision d;
    if (helserett_evaluate(&c, &d, &err) != HELSERETT_RESULT_OK) {
        fprintf(stderr, "kiosk: %s\n", err.message);
        return 2;
    }
    print_decision(&d);
    return 0;
}
