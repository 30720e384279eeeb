import { strict as assert } from 'node:assert';
import { Disposable } from '../../../src/base/disposable';

class Owner extends Disposable {
  own(...ds: { dispose(): void }[]): void {
    for (const d of ds) this.register(d);
  }
}

describe('Disposable (the glue\'s base class)', () => {
  it('disposes what it owns once, newest first, and goes on past one that throws', () => {
    const order: string[] = [];
    const o = new Owner();
    o.own({ dispose: () => order.push('first') }, { dispose: () => { order.push('throws'); throw new Error('boom'); } }, { dispose: () => order.push('last') });
    assert.throws(() => o.dispose(), /boom/);
    assert.deepEqual(order, ['last', 'throws', 'first']);
    o.dispose();
    assert.deepEqual(order, ['last', 'throws', 'first'], 'a second dispose does nothing');
  });

  it('disposes at once what is registered after it was disposed', () => {
    const o = new Owner();
    o.dispose();
    let disposed = false;
    o.own({ dispose: () => { disposed = true; } });
    assert.ok(disposed);
  });
});
