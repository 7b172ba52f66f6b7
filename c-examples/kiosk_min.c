/* The kiosk in 20 lines (README): ask, answer, repeat, then print the refund. */
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
    helserett_case_init((helserett_date){2024, 4, 15}, &c, NULL);
    while (helserett_next_question(&c, &q, &err) == HELSERETT_RESULT_OK && q.fact != HELSERETT_FACT_NONE) {
        helserett_question_text(q.fact, HELSERETT_LANG_EN, text, sizeof text, &n);
        printf("%s\n> ", text);
        if (!fgets(answer, sizeof answer, stdin)) return 1;
        if (helserett_case_answer(&c, q.fact, q.index, answer, strcspn(answer, "\n"), &c, &err))
            printf("%s\n", err.message); /* rejected: asked again */
    }
    if (helserett_evaluate(&c, &d, &err) != HELSERETT_RESULT_OK) return printf("%s\n", err.message), 2;
    printf("refund: %lld øre\n", (long long)d.refund.refund_ore);
    return 0;
}
