'use client'

import React from 'react'

export function IssuePlanner() {
  return null
}
