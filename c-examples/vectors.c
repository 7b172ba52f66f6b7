#include "vectors.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A cursor over the file; strings are decoded into the arena. */
struct cursor {
    const char *p;
    const char *end;
    char *arena;
    size_t used;
    int failed;
};

static void ws(struct cursor *c) {
    while (c->p < c->end && (*c->p == ' ' || *c->p == '\n' || *c->p == '\r' || *c->p == '\t')) {
        c->p++;
    }
}

static int expect(struct cursor *c, char ch) {
    ws(c);
    if (c->p < c->end && *c->p == ch) {
        c->p++;
        return 1;
    }
    c->failed = 1;
    return 0;
}

static int peek(struct cursor *c, char ch) {
    ws(c);
    return c->p < c->end && *c->p == ch;
}

static int hex4(const char *p, unsigned *out) {
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        char h = p[i];
        v <<= 4;
        if (h >= '0' && h <= '9') v |= (unsigned)(h - '0');
        else if (h >= 'a' && h <= 'f') v |= (unsigned)(h - 'a' + 10);
        else if (h >= 'A' && h <= 'F') v |= (unsigned)(h - 'A' + 10);
        else return 0;
    }
    *out = v;
    return 1;
}

static void put_utf8(struct cursor *c, unsigned cp) {
    char *o = c->arena + c->used;
    if (cp < 0x80) {
        o[0] = (char)cp;
        c->used += 1;
    } else if (cp < 0x800) {
        o[0] = (char)(0xC0 | (cp >> 6));
        o[1] = (char)(0x80 | (cp & 0x3F));
        c->used += 2;
    } else if (cp < 0x10000) {
        o[0] = (char)(0xE0 | (cp >> 12));
        o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        c->used += 3;
    } else {
        o[0] = (char)(0xF0 | (cp >> 18));
        o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[3] = (char)(0x80 | (cp & 0x3F));
        c->used += 4;
    }
}

/* Decodes a string into the arena (NUL-terminated); returns its start and length. */
static char *string(struct cursor *c, size_t *len) {
    if (!expect(c, '"')) {
        return NULL;
    }
    char *start = c->arena + c->used;
    while (c->p < c->end && *c->p != '"') {
        if (*c->p != '\\') {
            c->arena[c->used++] = *c->p++;
            continue;
        }
        if (c->end - c->p < 2) break;
        char e = c->p[1];
        c->p += 2;
        switch (e) {
        case '"': c->arena[c->used++] = '"'; break;
        case '\\': c->arena[c->used++] = '\\'; break;
        case '/': c->arena[c->used++] = '/'; break;
        case 'b': c->arena[c->used++] = '\b'; break;
        case 'f': c->arena[c->used++] = '\f'; break;
        case 'n': c->arena[c->used++] = '\n'; break;
        case 'r': c->arena[c->used++] = '\r'; break;
        case 't': c->arena[c->used++] = '\t'; break;
        case 'u': {
            unsigned cp, lo;
            if (c->end - c->p < 4 || !hex4(c->p, &cp)) { c->failed = 1; return NULL; }
            c->p += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && c->end - c->p >= 6 && c->p[0] == '\\' &&
                c->p[1] == 'u' && hex4(c->p + 2, &lo) && lo >= 0xDC00 && lo < 0xE000) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                c->p += 6;
            }
            put_utf8(c, cp);
            break;
        }
        default: c->failed = 1; return NULL;
        }
    }
    if (!expect(c, '"')) {
        return NULL;
    }
    *len = (size_t)(c->arena + c->used - start);
    c->arena[c->used++] = '\0';
    return start;
}

static void skip_value(struct cursor *c);

static void skip_container(struct cursor *c, char open, char close) {
    expect(c, open);
    if (peek(c, close)) {
        c->p++;
        return;
    }
    while (!c->failed) {
        if (open == '{') {
            size_t n;
            string(c, &n);
            expect(c, ':');
        }
        skip_value(c);
        if (peek(c, ',')) {
            c->p++;
            continue;
        }
        expect(c, close);
        return;
    }
}

static void skip_value(struct cursor *c) {
    ws(c);
    if (c->p >= c->end) { c->failed = 1; return; }
    size_t n;
    switch (*c->p) {
    case '{': skip_container(c, '{', '}'); break;
    case '[': skip_container(c, '[', ']'); break;
    case '"': string(c, &n); break;
    default:
        while (c->p < c->end && strchr(",}] \n\r\t", *c->p) == NULL) c->p++;
    }
}

static long number(struct cursor *c) {
    ws(c);
    char *end = NULL;
    long v = strtol(c->p, &end, 10);
    if (end == c->p) c->failed = 1;
    c->p = end;
    return v;
}

static void error_object(struct cursor *c, struct vector *v) {
    expect(c, '{');
    while (!c->failed && !peek(c, '}')) {
        size_t n;
        char *key = string(c, &n);
        expect(c, ':');
        if (key && strcmp(key, "code") == 0) v->error_code = number(c);
        else if (key && strcmp(key, "path") == 0) v->error_path = string(c, &n);
        else if (key && strcmp(key, "message") == 0) v->error_message = string(c, &n);
        else skip_value(c);
        if (peek(c, ',')) c->p++;
    }
    expect(c, '}');
}

static void test_object(struct cursor *c, struct vector *v) {
    memset(v, 0, sizeof *v);
    expect(c, '{');
    while (!c->failed && !peek(c, '}')) {
        size_t n;
        char *key = string(c, &n);
        expect(c, ':');
        if (key && strcmp(key, "id") == 0) v->id = string(c, &n);
        else if (key && strcmp(key, "input") == 0) v->input = string(c, &v->input_len);
        else if (key && strcmp(key, "expected") == 0) v->expected = string(c, &v->expected_len);
        else if (key && strcmp(key, "error") == 0) error_object(c, v);
        else skip_value(c);
        if (peek(c, ',')) c->p++;
    }
    expect(c, '}');
    if (!v->id || !v->input || (!v->expected && !v->error_message)) c->failed = 1;
}

int vectors_load(const char *path, struct vectors *out) {
    memset(out, 0, sizeof *out);
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return -1;
    }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = (char *)malloc((size_t)size + 1);
    if (!text || fread(text, 1, (size_t)size, f) != (size_t)size) {
        fclose(f);
        free(text);
        fprintf(stderr, "%s: cannot read\n", path);
        return -1;
    }
    fclose(f);
    /* Decoded strings are never longer than their encoding. */
    struct cursor c = {text, text + size, (char *)malloc((size_t)size + 1), 0, 0};
    size_t cap = 16;
    out->items = (struct vector *)malloc(cap * sizeof *out->items);
    out->arena = c.arena;
    expect(&c, '{');
    while (!c.failed && !peek(&c, '}')) {
        size_t n;
        char *key = string(&c, &n);
        expect(&c, ':');
        if (key && strcmp(key, "tests") == 0) {
            expect(&c, '[');
            while (!c.failed && !peek(&c, ']')) {
                if (out->len == cap) {
                    cap *= 2;
                    out->items = (struct vector *)realloc(out->items, cap * sizeof *out->items);
                }
                test_object(&c, &out->items[out->len++]);
                if (peek(&c, ',')) c.p++;
            }
            expect(&c, ']');
        } else {
            skip_value(&c);
        }
        if (peek(&c, ',')) c.p++;
    }
    expect(&c, '}');
    int ok = !c.failed && out->len > 0;
    if (!ok) {
        fprintf(stderr, "%s: not a vector file (near byte %ld)\n", path, (long)(c.p - text));
        vectors_free(out);
    }
    free(text);
    return ok ? 0 : -1;
}

void vectors_free(struct vectors *v) {
    free(v->items);
    free(v->arena);
    memset(v, 0, sizeof *v);
}
