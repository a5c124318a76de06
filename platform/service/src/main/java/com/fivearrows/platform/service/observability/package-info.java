/** Observability defaults: traces are exported only where a collector is configured. */
package com.fivearrows.platform.service.observability;
