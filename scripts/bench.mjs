#!/usr/bin/env node
console.log('No benchmarks yet (issue 9).');
