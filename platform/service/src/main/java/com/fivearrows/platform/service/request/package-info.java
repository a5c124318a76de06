/**
 * The request's part in the events it causes: actor, correlation id and trace context
 * ({@link com.fivearrows.platform.service.request.RequestContext}).
 */
package com.fivearrows.platform.service.request;
