// The remote's state and routing, without sockets: where the deck is, and who hears what. The
// projector reports where it is (the laptop's keys move it) and everyone else follows; only the
// speaker's commands move the projector. A page that joins is told where the deck is at once.
import type { ClientMessage, Position, Role, ServerMessage } from './protocol.ts';

export interface Peer {
  role: Role;
  send(message: ServerMessage): void;
}

export class RemoteHub {
  /** Where the deck is, as the projector last said; undefined until a projector has spoken. */
  position: Position | undefined;
  private readonly peers = new Set<Peer>();

  join(peer: Peer): void {
    this.peers.add(peer);
    if (this.position) peer.send({ type: 'position', ...this.position });
  }

  leave(peer: Peer): void {
    this.peers.delete(peer);
  }

  get size(): number {
    return this.peers.size;
  }

  receive(from: Peer, message: ClientMessage): void {
    if (message.type === 'position') {
      // Only the deck on the projector says where the deck is: a phone or a reader cannot move the others.
      if (from.role !== 'projector') return;
      const { h, v, f } = message;
      if (this.position && this.position.h === h && this.position.v === v && this.position.f === f) return;
      this.position = { h, v, f };
      for (const peer of this.peers) if (peer !== from) peer.send({ type: 'position', h, v, f });
      return;
    }
    // Only the speaker drives; the projector moves and then reports, which moves everyone else.
    if (from.role !== 'speaker') return;
    for (const peer of this.peers) if (peer.role === 'projector') peer.send(message);
  }
}
