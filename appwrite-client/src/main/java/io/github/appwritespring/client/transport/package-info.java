/**
 * The HTTP machinery the services are built on: one shared transport, requests, call
 * contexts (who a call is made as), argument checks, pagination and the blocking bridge.
 * Public for the services of this module; not a stable API for applications.
 */
@NullMarked
package io.github.appwritespring.client.transport;

import org.jspecify.annotations.NullMarked;
