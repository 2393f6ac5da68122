package org.fairshed.notify.outbox;

/** Sends one claimed delivery over one channel; never throws for what the network or the receiver does. */
@FunctionalInterface
public interface Sender {

    SendOutcome send(Delivery delivery);
}
