/* The kiosk in 26 lines (README): ask, show the options, answer, repeat, then the refund. */
#include "helserett.h"
#include <stdio.h>
#include <string.h>

int main(void) {
    helserett_case c;
    helserett_question q;
    helserett_decision d;
    helserett_error_detail err;
    char text[512], answer[512];
    size_t n;
    helserett_date on = {2024, 4, 15};
    helserett_case_init(HELSERETT_CASE_KIND_OUTBOUND, on, &c, NULL);
    while (helserett_next_question(&c, NULL, &q, &err) == HELSERETT_RESULT_OK && q.fact != HELSERETT_FACT_NONE) {
        helserett_question_text(q.fact, HELSERETT_LANG_EN, text, sizeof text, &n);
        printf("%s\n", text);
        for (uint32_t i = 0; i < q.options_len; i++) /* a number or the label is an answer */
            if (helserett_option_label(q.fact, i, HELSERETT_LANG_EN, text, sizeof text, &n) == HELSERETT_RESULT_OK)
                printf("  %u) %s\n", i + 1, text);
        printf("> ");
        if (!fgets(answer, sizeof answer, stdin)) return 1;
        helserett_result r = helserett_case_answer(&c, NULL, q.fact, q.index, answer, strcspn(answer, "\n"), &c, &err);
        if (r != HELSERETT_RESULT_OK && helserett_answer_help(q.fact, (uint32_t)r, answer, strcspn(answer, "\n"),
                                                              HELSERETT_LANG_EN, text, sizeof text, &n) == HELSERETT_RESULT_OK)
            printf("%s\n", text); /* rejected: said how to answer, asked again */
    }
    if (helserett_evaluate(&c, NULL, &d, &err) != HELSERETT_RESULT_OK) return printf("%s\n", err.message), 2;
    printf("refund: %lld øre\n", (long long)d.refund.refund_ore);
    return 0;
}
