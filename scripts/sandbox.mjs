#!/usr/bin/env node
console.log('The standalone Cobo sandbox is not built yet (issue 5).');
