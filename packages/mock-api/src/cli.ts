#!/usr/bin/env node
export const placeholder = 1;
