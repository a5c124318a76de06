/**
 * Bearer JWT security shared by every service: the {@link com.fivearrows.platform.service.security.Roles} names
 * and the current {@link com.fivearrows.platform.service.security.Actor}.
 *
 * <p>Tokens are verified by SmallRye JWT; roles come from the {@code groups} claim and the actor's name from
 * {@code upn}. Only the {@code dev} and {@code test} profiles trust the dev key ({@code dev-jwt/publicKey.pem},
 * issuer {@code five-arrows-dev}); prod must set {@code mp.jwt.verify.issuer} and
 * {@code mp.jwt.verify.publickey.location} (or {@code MP_JWT_VERIFY_ISSUER} / {@code MP_JWT_VERIFY_PUBLICKEY_LOCATION}),
 * otherwise every token is refused.
 */
package com.fivearrows.platform.service.security;
