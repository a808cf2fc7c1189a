package model

import (
	"encoding/binary"
	"math/bits"
)

// idHash is the hash behind claim IDs, taken of a claim's normalized text
// (appendNormalizedForID). Notes are stored under claim IDs, so this
// function is part of the notes' file format: it must give the same value
// on every run and machine, and changing it orphans every saved note (it
// replaced SHA-256 before marginalia had users, at 1/3 of the cost).
//
// It needs no cryptographic strength: IDs only have to tell apart the claims
// of one article, and a collision is de-duplicated like a repeated sentence.
// So it is a plain multiply-rotate hash over 8-byte blocks, in the manner of
// MurmurHash3's 64-bit mixing:
//
//   - the text is read as little-endian 64-bit blocks, the last one padded
//     with zero bytes;
//   - each block k is scrambled (k *= idMul1; k = k rotl 31; k *= idMul2)
//     and folded into the state (h ^= k; h = h rotl 27; h = h*5 + idAdd),
//     starting from h = idSeed;
//   - the length in bytes is xor-ed in (so padding cannot collide with a
//     text that really ends in zero bytes) and the state finalized by
//     idFinal, which spreads every input bit over all output bits.
//
// An ID keeps the top idBytes of the result.
func idHash(b []byte) uint64 {
	h, n := uint64(idSeed), len(b)
	for len(b) >= 8 {
		h = idFold(h, binary.LittleEndian.Uint64(b))
		b = b[8:]
	}
	if len(b) > 0 {
		var last [8]byte
		copy(last[:], b)
		h = idFold(h, binary.LittleEndian.Uint64(last[:]))
	}
	return idFinal(h ^ uint64(n))
}

// The constants are MurmurHash3's (x64 variant): odd multipliers with good
// avalanche, nothing about them is specific to marginalia.
const (
	idSeed = 0x6D617267696E616C // "marginal"
	idMul1 = 0x87C37B91114253D5
	idMul2 = 0x4CF5AD432745937F
	idAdd  = 0x52DCE729
)

func idFold(h, k uint64) uint64 {
	k *= idMul1
	k = bits.RotateLeft64(k, 31)
	k *= idMul2
	h ^= k
	h = bits.RotateLeft64(h, 27)
	return h*5 + idAdd
}

// idFinal is MurmurHash3's 64-bit finalizer.
func idFinal(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xFF51AFD7ED558CCD
	h ^= h >> 33
	h *= 0xC4CEB9FE1A85EC53
	h ^= h >> 33
	return h
}
