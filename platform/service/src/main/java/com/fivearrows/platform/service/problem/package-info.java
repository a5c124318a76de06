/**
 * RFC 9457 problem details: the {@link com.fivearrows.platform.service.problem.Problem} body and the
 * exception mappers that turn every error of every service into one, without a stack trace.
 */
package com.fivearrows.platform.service.problem;
