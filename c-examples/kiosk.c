/*
 * kiosk: a terminal interview in bokmål or English through the fixed-size struct path.
 *
 *   kiosk [--lang nb|en] [--date YYYY-MM-DD]
 *
 * Asks the kernel's next question, reads the answer from stdin, records it, repeats until the
 * case is settled, then prints the decision: the recommended route and where to apply,
 * amounts, deadlines with the days left, documents with how firmly each is required, risk
 * notes and reasons. Choices can be answered by number. Every other answer goes to the
 * library as typed: it reads dates as 4.3.2024, amounts in kroner as 1 234,50, countries by
 * name (Tyskland) or code, counts with their unit (84 km). A rejected answer is explained in
 * the kiosk's language and asked again; "tilbake" (or "back") undoes the last answer.
 *
 * Exit codes: 0 settled and printed, 1 input ended before the interview did (the decision so
 * far is printed, with what is still open), 2 usage or a library error.
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

/* A label in a column 28 characters wide: counted in characters, not bytes, so that "Søk til:"
 * lines up with "Refund:". */
static void put_label(const char *label) {
    int chars = 0;
    for (const char *p = label; *p != '\0'; p++) {
        chars += ((unsigned char)*p & 0xC0) != 0x80;
    }
    printf("  %s%*s ", label, chars < 28 ? 28 - chars : 0, "");
}

static void print_amount(const char *label, int64_t ore) {
    if (ore == HELSERETT_UNKNOWN) {
        put_label(label);
        printf("%s\n", t("ukjent", "unknown"));
    } else {
        put_label(label);
        printf("kr %lld,%02lld\n", (long long)(ore / 100), (long long)(ore % 100));
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
        put_label(label);
        printf("-\n");
    } else {
        put_label(label);
        printf("%04u-%02u-%02u\n", d.year, d.month, d.day);
    }
}

/* A catalogue text of `kind` number `n`, or "" when there is none. */
static const char *catalogue(uint32_t kind, uint32_t n, char *buf) {
    size_t len = 0;
    if (n == 0 || helserett_text(kind, n, lang, buf, TEXT, &len) != HELSERETT_RESULT_OK) {
        buf[0] = '\0';
    }
    return buf;
}

/* Who applies, to whom and how, for one route. */
static void print_apply(const helserett_route_outcome *r) {
    char a[TEXT], b[TEXT], c[TEXT];
    put_label(t("Søker:", "Who applies:"));
        printf("%s\n", catalogue(HELSERETT_TEXT_KIND_APPLICANT, r->applicant, a));
    if (r->body != 0) {
        put_label(t("Søk til:", "Apply to:"));
        printf("%s\n", catalogue(HELSERETT_TEXT_KIND_BODY, r->body, b));
    }
    put_label(t("Slik søker du:", "How to apply:"));
        printf("%s\n", catalogue(HELSERETT_TEXT_KIND_CHANNEL, r->channel, c));
}

/* What the patient could not answer, and whom a caseworker turns to. */
static void print_to_settle(const helserett_decision *d) {
    char buf[TEXT], body[TEXT];
    if (d->to_settle_len == 0) {
        return;
    }
    printf("  %s\n", t("Du svarte «vet ikke» på dette; en saksbehandler må avklare det:",
                       "You answered \"don't know\" to this; a caseworker must settle it:"));
    for (uint32_t i = 0; i < d->to_settle_len; i++) {
        printf("    - %s", text(helserett_question_text, d->to_settle[i].fact, buf));
        if (d->to_settle[i].body != 0) {
            printf(" (%s %s)", t("ta kontakt med", "turn to"), catalogue(HELSERETT_TEXT_KIND_BODY, d->to_settle[i].body, body));
        }
        printf("\n");
    }
}

/* The facts still open, as the questions that would settle them. */
static void print_missing(const helserett_decision *d) {
    char buf[TEXT];
    uint32_t shown = 0;
    for (uint32_t i = 0; i < d->missing_len; i++) {
        if (d->missing[i].fact == HELSERETT_FACT_NONE) {
            continue; /* a missing parameter, not a question */
        }
        int declined = 0;
        for (uint32_t k = 0; k < d->to_settle_len; k++) {
            declined |= d->to_settle[k].fact == d->missing[i].fact;
        }
        if (declined) {
            continue; /* listed for the caseworker below */
        }
        if (shown++ == 0) {
            printf("  %s\n", t("Ikke avklart ennå:", "Not settled yet:"));
        }
        printf("    - %s\n", text(helserett_question_text, d->missing[i].fact, buf));
    }
}

static void print_decision(const helserett_decision *d) {
    char buf[TEXT];
    char vbuf[TEXT];
    printf("\n== %s ==\n", t("Vedtak", "Decision"));
    put_label(t("Anbefalt ordning:", "Recommended route:"));
    printf("%s\n",
           d->recommended == HELSERETT_ROUTE_NONE ? "-" : route_name(d->recommended, buf));
    for (uint32_t i = 0; i < d->routes_len; i++) {
        if (d->routes[i].route == d->recommended) {
            print_apply(&d->routes[i]);
        }
    }
    for (uint32_t i = 0; i < d->routes_len; i++) {
        printf("    %-26s %s\n", route_name(d->routes[i].route, buf),
               verdict(d->routes[i].verdict, vbuf));
    }
    put_label(t("EØS-refusjon:", "EEA refund:"));
        printf("%s\n", verdict(d->verdict, vbuf));
    print_amount(t("Refusjon:", "Refund:"), d->refund.refund_ore);
    print_amount(t("Du betaler selv:", "You pay yourself:"), d->refund.patient_share_ore);
    print_amount(t("Egenandel:", "User fee:"), d->user_fee.amount_ore);
    print_amount(t("Reiseutgifter:", "Travel:"), d->travel.amount_ore);
    for (uint32_t i = 0; i < d->deadlines_len; i++) {
        const helserett_deadline *dl = &d->deadlines[i];
        print_date(t("Behandlingsdato:", "Treatment date:"), dl->treatment_date);
        print_date(t("  Søknadsfrist:", "  Claim deadline:"),
                   dl->deadline.year != 0 ? dl->deadline : dl->safe_deadline);
        if (dl->expired == HELSERETT_TRISTATE_YES) {
            put_label("");
        printf("%s\n", t("Fristen er ute.", "The deadline has passed."));
        } else if (dl->expired == HELSERETT_TRISTATE_NO) {
            put_label("");
        printf("%d %s\n", dl->days_left, t("dager igjen", "days left"));
        }
    }
    if (d->claim_documents_len > 0) {
        printf("  %s\n", t("Dokumenter til kravet:", "Documents for the claim:"));
        for (uint32_t i = 0; i < d->claim_documents_len; i++) {
            char req[TEXT];
            printf("    - [%s] %s\n",
                   catalogue(HELSERETT_TEXT_KIND_REQUIREMENT, d->claim_documents[i].requirement, req),
                   text(helserett_document_text, d->claim_documents[i].document, buf));
        }
    }
    if (d->risks_len > 0) {
        printf("  %s\n", t("Vær oppmerksom på:", "Please note:"));
        for (uint32_t i = 0; i < d->risks_len; i++) {
            printf("    - %s\n", text(helserett_reason_text, d->risks[i].reason, buf));
        }
    }
    print_missing(d);
    print_to_settle(d);
    printf("  %s\n", t("Begrunnelse:", "Reasons:"));
    for (uint32_t i = 0; i < d->reasons_len; i++) {
        char code[TEXT];
        printf("    [%s] %s\n", reason_code(d->reasons[i], code),
               text(helserett_reason_text, d->reasons[i], buf));
    }
}

/* "1, 3" for a several-choice question as the options' names ("diagnostics,follow_up"); any
 * other text is left as typed, for the library to read or refuse. */
static void picks_to_options(const helserett_question *q, const char *line, char *answer) {
    char names[TEXT] = "";
    const char *p = line;
    for (;;) {
        char *end = NULL;
        long pick = strtol(p, &end, 10);
        if (end == p || pick < 1 || (unsigned long)pick > q->options_len) {
            return;
        }
        char option[TEXT];
        size_t n = 0;
        if (helserett_question_option(q->fact, (uint32_t)pick - 1, option, TEXT, &n) != HELSERETT_RESULT_OK ||
            strlen(names) + n + 2 > sizeof names) {
            return;
        }
        if (names[0] != '\0') {
            strcat(names, ",");
        }
        strcat(names, option);
        while (*end == ' ') end++;
        if (*end == '\0') {
            break;
        }
        if (*end != ',') {
            return;
        }
        p = end + 1;
    }
    strcpy(answer, names);
}

/* What ask() did with the question. */
enum asked { ASKED_ANSWERED, ASKED_UNDO, ASKED_END };

/* Whether the patient asked to take the last answer back. */
static int is_undo(const char *line) {
    return strcmp(line, "tilbake") == 0 || strcmp(line, "angre") == 0 || strcmp(line, "back") == 0 ||
           strcmp(line, "undo") == 0;
}

/* Asks one question until the answer is accepted, or the patient goes back. */
static enum asked ask(helserett_case *c, const helserett_question *q, int can_undo) {
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
        case HELSERETT_ANSWER_KIND_DATE: printf("  %s\n", t("[dato, for eksempel 4.3.2024]", "[date, for example 2024-03-04]")); break;
        case HELSERETT_ANSWER_KIND_DATES: printf("  %s\n", t("[datoer, for eksempel 4.3.2024, 6.3.2024]", "[dates, for example 2024-03-04, 2024-03-06]")); break;
        case HELSERETT_ANSWER_KIND_AMOUNT_ORE: printf("  %s\n", t("[kroner, for eksempel 1 234,50]", "[kroner, for example 1234.50]")); break;
        case HELSERETT_ANSWER_KIND_COUNTRY: printf("  %s\n", t("[land, for eksempel Tyskland eller DE]", "[country, for example Germany or DE]")); break;
        default: break;
        }
        printf("  %s\n", can_undo ? t("(«vet ikke» hvis du ikke vet; «tilbake» for å endre forrige svar)",
                                       "(\"don't know\" if you do not know; \"back\" to change the previous answer)")
                                    : t("(«vet ikke» hvis du ikke vet)", "(\"don't know\" if you do not know)"));
        printf("> ");
        if (!read_line(line, sizeof line)) {
            return ASKED_END;
        }
        if (can_undo && is_undo(line)) {
            return ASKED_UNDO;
        }
        strcpy(answer, line);
        char *end = NULL;
        long pick = strtol(line, &end, 10);
        if ((q->answer_kind == HELSERETT_ANSWER_KIND_CHOICE) && end != line && *end == '\0' &&
            pick >= 1 && (unsigned long)pick <= q->options_len) {
            size_t n = 0;
            helserett_question_option(q->fact, (uint32_t)pick - 1, answer, TEXT, &n);
        } else if (q->answer_kind == HELSERETT_ANSWER_KIND_CHOICES) {
            picks_to_options(q, line, answer);
        }
        helserett_error_detail err;
        helserett_result r = helserett_case_answer(c, q->fact, q->index, answer, strlen(answer), c, &err);
        if (r == HELSERETT_RESULT_OK) {
            return ASKED_ANSWERED;
        }
        /* What the error means, in the kiosk's language; the detail is for the log. */
        printf("  %s %s\n", t("Ugyldig svar:", "Invalid answer:"), catalogue(HELSERETT_TEXT_KIND_ERROR, err.code, buf));
        fprintf(stderr, "kiosk: %s\n", err.message);
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
    /* The case before each answer, so that "tilbake" can restore it. */
    static helserett_case history[128];
    int depth = 0;
    int ended = 0;
    for (;;) {
        helserett_question q;
        if (helserett_next_question(&c, &q, &err) != HELSERETT_RESULT_OK) {
            fprintf(stderr, "kiosk: %s\n", err.message);
            return 2;
        }
        if (q.fact == HELSERETT_FACT_NONE) {
            break;
        }
        if (depth == (int)(sizeof history / sizeof history[0])) {
            fprintf(stderr, "kiosk: too many answers\n");
            return 2;
        }
        history[depth] = c;
        enum asked a = ask(&c, &q, depth > 0);
        if (a == ASKED_END) {
            ended = 1;
            break;
        }
        if (a == ASKED_UNDO) {
            c = history[--depth];
            printf("%s\n", t("Forrige svar er tatt tilbake.", "The previous answer is taken back."));
            continue;
        }
        depth++;
    }
    helserett_decision d;
    if (helserett_evaluate(&c, &d, &err) != HELSERETT_RESULT_OK) {
        fprintf(stderr, "kiosk: %s\n", err.message);
        return 2;
    }
    if (ended) {
        /* The patient stopped: show where the case stands and what is still open. */
        printf("\n%s\n", t("Avbrutt. Vurderingen under er foreløpig: saken er ikke avklart.",
                            "Aborted. The assessment below is provisional: the case is not settled."));
        print_decision(&d);
        return 1;
    }
    if (d.to_settle_len == 0) {
        printf("\n%s (%d)\n", t("Ferdig: alle spørsmål er besvart.", "Done: every question is answered."), depth);
    } else {
        printf("\n%s (%d)\n", t("Ferdig med spørsmålene: det du ikke visste, avklarer en saksbehandler.",
                                 "Done with the questions: what you did not know, a caseworker settles."), depth);
    }
    print_decision(&d);
    return 0;
}
