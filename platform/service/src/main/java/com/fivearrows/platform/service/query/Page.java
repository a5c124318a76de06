package com.fivearrows.platform.service.query;

import java.util.List;

/**
 * One page of a list answer, as every list endpoint returns it: {@code {"items": [...], "page": 0, "size": 50,
 * "total": 123}}, {@code total} counting every item the filters match.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    /** Which page a list request asks for: {@code page} from 0, {@code size} 1..{@value #MAX_SIZE}. */
    public record Request(int page, int size) {
        public static final int DEFAULT_SIZE = 50;
        public static final int MAX_SIZE = 200;

        /** The rows to skip: {@code page × size}. */
        public long offset() {
            return (long) page * size;
        }

        public <T> Page<T> answer(List<T> items, long total) {
            return new Page<>(items, page, size, total);
        }
    }
}
