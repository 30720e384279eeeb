import { phraseSource } from '../source.js';

/** Platforms, languages, transports or customer types the plan leaves out. */
export default phraseSource({
  id: 'left-out', category: 'clarifying', severity: 66, max: 2,
  rules: [
    { kind: 'minimum', re: /\b(?:kernel|Linux|RHEL|Ubuntu|Debian|Windows|macOS|Go|Kubernetes|k8s|Node(?:\.js)?|Python|Java|glibc|iptables|nft(?:ables)?|containerd|Docker|PostgreSQL|MySQL|Redis|GitLab) ?v?\d+(?:\.\d+)+ (?:or|and) (?:later|newer|above)\b|\b(?:requires?|needs?|only (?:works|available|supported) (?:on|with)|at least|(?:or|and) (?:later|newer|above))\b[^.;]{0,40}?\b(?:kernel|Linux|RHEL|Ubuntu|Debian|Windows|macOS|Go|Kubernetes|k8s|Node(?:\.js)?|Python|Java|glibc|iptables|nft(?:ables)?|containerd|Docker|PostgreSQL|MySQL|Redis) ?v?\d+(?:\.\d+)*/i },
    { kind: 'cannot', re: /\b(?:clients?|users?|operators?|callers?|applications?|services?|teams?|admins?|administrators?) (?:cannot|can't|can not|are not able to|have no way to) (?:override|change|opt[- ]out|disable|configure|control|choose|turn off|customi[sz]e)\b/i, boost: 4 },
    { kind: 'only', boost: -8, re: /\b(?:only (?:supported|available|implemented|works?|applies|applied|defined|offered) (?:on|in|for|to|with|by)|(?:is|are) not (?:supported|available|implemented|offered) (?:on|in|for)|only \w+ is (?:defined|supported)|(?:except|excluding) (?:for )?(?:hedging|Windows|macOS|Linux|ARM|IPv6|[A-Z][\w.+#-]*\b(?:,| and))|no support for|(?:self-managed|self-hosted|on-prem(?:ises)?|air-gapped|GitLab Dedicated|FedRAMP) (?:customers?|instances?|users?) (?:will|would|cannot|can't|won't|are not|do not))/i, alsoIn: ['background'] },
  ],
});
